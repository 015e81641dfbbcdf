using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Schema;

public sealed class ClinicalDocumentTypesTests
{
    [Fact]
    public void Aliases_ReadFromTheSchema_AreOverviewRouteAndCondition()
    {
        Assert.Equal(
            new[] { ConditionType.Alias, TreatmentOverviewType.Alias, TreatmentRouteType.Alias }.Order(StringComparer.Ordinal),
            ClinicalDocumentTypes.Aliases.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ClinicalReviewComposition.Alias)]
    [InlineData(BookingCalloutElementType.Alias)]
    [InlineData("carePagesNews")]
    public void Contains_CompositionElementOrOtherType_IsFalse(string alias)
    {
        Assert.False(ClinicalDocumentTypes.Contains(alias));
    }
}
