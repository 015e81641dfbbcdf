using CarePages.Core.Schema.ContentTypes;
using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>Published CarePages pages as Umbraco's published cache hands them out, mocked property by property.</summary>
internal static class PublishedRoutes
{
    /// <summary>A published route, in es-ES only, that picks <paramref name="conditionKey"/>.</summary>
    public static IPublishedContent SpanishOnly(Guid routeKey, Guid conditionKey)
    {
        var contentType = new Mock<IPublishedContentType>();
        contentType.SetupGet(t => t.Alias).Returns(TreatmentRouteType.Alias);
        var content = new Mock<IPublishedContent>();
        content.SetupGet(c => c.Key).Returns(routeKey);
        content.SetupGet(c => c.ContentType).Returns(contentType.Object);
        content.SetupGet(c => c.Cultures).Returns(new Dictionary<string, PublishedCultureInfo>(StringComparer.OrdinalIgnoreCase)
        {
            ["es-ES"] = new("es-ES", "Ketamina intranasal", "ketamina-intranasal", DateTime.UtcNow),
        });
        content.Setup(c => c.GetProperty(It.IsAny<string>())).Returns((IPublishedProperty?)null);
        Property(content, TreatmentRouteType.Medication, "es-ES", "ketamina");
        Property(content, TreatmentRouteType.RouteOfAdministration, null, "[\"Nasal use\"]");
        Property(content, TreatmentRouteType.ConditionsTreated, null, "umb://document/" + conditionKey.ToString("N"));
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
