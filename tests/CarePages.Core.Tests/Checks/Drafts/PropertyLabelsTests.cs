using CarePages.Core.Checks.Drafts;
using CarePages.Core.Schema.ContentTypes;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Checks.Drafts;

public sealed class PropertyLabelsTests
{
    [Theory]
    [InlineData(TreatmentRouteType.HowItWorks, "How it works")]
    [InlineData("benefits.title", "Benefits › Title")]
    [InlineData("pageTitle", "Page title")]
    public void Of_APropertyOfTheRoute_IsItsSchemaLabel(string property, string expected) =>
        Assert.Equal(expected, PropertyLabels.Of(IntranasalRoute(), property));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("noSuchProperty")]
    [InlineData("benefits.noSuchField")]
    [InlineData("bookingCallout.phoneNumber")]
    public void Of_NoOrAnUnknownProperty_IsNull(string? property) =>
        Assert.Null(PropertyLabels.Of(IntranasalRoute(), property));
}
