using System.Text.Json.Nodes;

namespace CarePages.Core.Rendering.StructuredData;

/// <summary>
/// What a page is about, in schema.org terms: a treatment is a <c>MedicalTherapy</c>, a route of it also names the
/// <c>Drug</c> and its <c>administrationRoute</c>, and a condition is a <c>MedicalCondition</c> with its
/// <c>possibleTreatment</c>s.
/// </summary>
internal static class MedicalEntityJsonLd
{
    public static JsonObject? About(PageViewModel page, Func<string, string> absolute) => page.Kind switch
    {
        PageKind.TreatmentOverview => Therapy(page.Title, page.Url, absolute),
        PageKind.TreatmentRoute => RouteTherapy(page, absolute),
        PageKind.Condition => Condition(page, absolute),
        _ => null,
    };

    private static JsonObject Therapy(string name, string url, Func<string, string> absolute)
    {
        var therapy = new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = name };
        MedicalWebPageJsonLd.AddUrl(therapy, url, absolute);
        return therapy;
    }

    private static JsonObject RouteTherapy(PageViewModel page, Func<string, string> absolute)
    {
        var therapy = Therapy(page.Title, page.Url, absolute);
        if (page.Facts?.Medication is { } medication)
        {
            var drug = new JsonObject { ["@type"] = "Drug", ["name"] = medication };
            MedicalWebPageJsonLd.AddIfPresent(drug, "administrationRoute", page.Facts.Route?.Name);
            therapy["drug"] = drug;
        }

        return therapy;
    }

    private static JsonObject Condition(PageViewModel page, Func<string, string> absolute)
    {
        var condition = new JsonObject { ["@type"] = "MedicalCondition", ["name"] = page.Title };
        MedicalWebPageJsonLd.AddIfPresent(condition, "alternateName", page.OtherNames);
        MedicalWebPageJsonLd.AddUrl(condition, page.Url, absolute);
        var treatments = page.Related
            .Where(list => list.Id == RelatedListIds.TreatmentOptions)
            .SelectMany(list => list.Links)
            .Select(link => (JsonNode)Therapy(link.Text, link.Url, absolute))
            .ToArray();
        if (treatments.Length > 0)
        {
            condition["possibleTreatment"] = new JsonArray(treatments);
        }

        return condition;
    }
}
