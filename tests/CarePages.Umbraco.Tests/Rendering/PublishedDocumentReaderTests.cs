using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Rendering;
using CarePages.Umbraco.Tests.TestSupport;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class PublishedDocumentReaderTests
{
    private static readonly Guid RouteKey = Guid.NewGuid();
    private static readonly Guid ConditionKey = Guid.NewGuid();

    [Fact]
    public void Read_PublishedRouteInSpanish_ReadsStoredValuesIntoTheCultureDocument()
    {
        var document = PublishedDocumentReader.Read(PublishedRoutes.SpanishOnly(RouteKey, ConditionKey), "es-ES", parentKey: null)!;

        Assert.Equal("Ketamina intranasal", document.Name);
        Assert.Equal("ketamina", document.Text(TreatmentRouteType.Medication));
        Assert.Equal(["Nasal use"], document.Field(TreatmentRouteType.RouteOfAdministration)!.Items);
        Assert.Equal([ConditionKey.ToString()], document.Field(TreatmentRouteType.ConditionsTreated)!.Items);
        Assert.Equal("2026-09-14", document.Text(ClinicalReviewComposition.ReviewedOn));
        Assert.Equal("<p>Se pulveriza en la <a href=\"/es-es/nariz\">nariz</a>.</p>", document.Text(TreatmentRouteType.HowItWorks));
    }

    [Fact]
    public void Read_CultureThePageIsNotPublishedIn_ReturnsNull()
    {
        Assert.Null(PublishedDocumentReader.Read(PublishedRoutes.SpanishOnly(RouteKey, ConditionKey), "ar", parentKey: null));
    }
}
