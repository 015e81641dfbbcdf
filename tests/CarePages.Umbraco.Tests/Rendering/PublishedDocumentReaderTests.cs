using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Rendering;
using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class PublishedDocumentReaderTests
{
    private static readonly Guid RouteKey = Guid.NewGuid();
    private static readonly Guid ConditionKey = Guid.NewGuid();

    [Fact]
    public void Read_PublishedRouteInSpanish_ReadsStoredValuesIntoTheCultureDocument()
    {
        var document = PublishedDocumentReader.Read(PublishedRoute(), "es-ES", parentKey: null)!;

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
        Assert.Null(PublishedDocumentReader.Read(PublishedRoute(), "ar", parentKey: null));
    }

    private static IPublishedContent PublishedRoute()
    {
        var contentType = new Mock<IPublishedContentType>();
        contentType.SetupGet(t => t.Alias).Returns(TreatmentRouteType.Alias);
        var content = new Mock<IPublishedContent>();
        content.SetupGet(c => c.Key).Returns(RouteKey);
        content.SetupGet(c => c.ContentType).Returns(contentType.Object);
        content.SetupGet(c => c.Cultures).Returns(new Dictionary<string, PublishedCultureInfo>(StringComparer.OrdinalIgnoreCase)
        {
            ["es-ES"] = new("es-ES", "Ketamina intranasal", "ketamina-intranasal", DateTime.UtcNow),
        });
        content.Setup(c => c.GetProperty(It.IsAny<string>())).Returns((IPublishedProperty?)null);
        Property(content, TreatmentRouteType.Medication, "es-ES", "ketamina");
        Property(content, TreatmentRouteType.RouteOfAdministration, null, "[\"Nasal use\"]");
        Property(content, TreatmentRouteType.ConditionsTreated, null, "umb://document/" + ConditionKey.ToString("N"));
        Property(content, ClinicalReviewComposition.ReviewedOn, null, new DateTime(2026, 9, 14));
        Property(content, TreatmentRouteType.HowItWorks, "es-ES",
            "{\"markup\":\"<p>Se pulveriza en la <a href=\\\"{localLink:x}\\\">nariz</a>.</p>\",\"blocks\":null}",
            new HtmlEncodedString("<p>Se pulveriza en la <a href=\"/es-es/nariz\">nariz</a>.</p>"));
        return content.Object;
    }

    private static void Property(Mock<IPublishedContent> content, string alias, string? culture, object source, object? converted = null)
    {
        var property = new Mock<IPublishedProperty>();
        property.Setup(p => p.GetSourceValue(culture, null)).Returns(source);
        property.Setup(p => p.GetValue(culture, null)).Returns(converted ?? source);
        content.Setup(c => c.GetProperty(alias)).Returns(property.Object);
    }
}
