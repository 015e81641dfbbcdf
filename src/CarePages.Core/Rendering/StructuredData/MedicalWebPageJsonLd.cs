using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CarePages.Core.Rendering.StructuredData;

/// <summary>
/// Writes a page's schema.org structured data as JSON-LD: a <c>MedicalWebPage</c> for patients, with its clinical
/// review (<c>lastReviewed</c>, <c>reviewedBy</c>), its breadcrumb, and what it is about (<see cref="MedicalEntityJsonLd"/>).
/// </summary>
public static class MedicalWebPageJsonLd
{
    // Non-Latin text stays readable; characters that could end the script element (<, >, &) are still escaped.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The JSON-LD for <paramref name="page"/>, safe to place inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="absolute">Makes a page URL absolute (see <see cref="AbsoluteUrl"/>).</param>
    public static string Write(PageViewModel page, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(absolute);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = page.Title,
            ["inLanguage"] = page.Culture,
            ["medicalAudience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
        };
        AddUrl(json, page.Url, absolute);
        AddIfPresent(json, "description", page.MetaDescription ?? page.Summary);
        AddReview(json, page.Review);
        AddIfPresent(json, "breadcrumb", Breadcrumb(page.Breadcrumb, absolute));
        AddIfPresent(json, "about", MedicalEntityJsonLd.About(page, absolute));
        return json.ToJsonString(Options);
    }

    /// <summary>Adds <c>url</c>, made absolute, unless the page has no URL.</summary>
    internal static void AddUrl(JsonObject json, string url, Func<string, string> absolute)
    {
        if (url.Length > 0)
        {
            json["url"] = absolute(url);
        }
    }

    internal static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }
    }

    internal static void AddIfPresent(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void AddReview(JsonObject json, ClinicalReviewViewModel? review)
    {
        if (review is null)
        {
            return;
        }

        AddIfPresent(json, "lastReviewed", review.ReviewedOnIso);
        if (review.ReviewedBy is not null)
        {
            json["reviewedBy"] = new JsonObject { ["@type"] = "Person", ["name"] = review.ReviewedBy };
        }
    }

    private static JsonObject? Breadcrumb(IReadOnlyList<LinkViewModel> trail, Func<string, string> absolute)
    {
        if (trail.Count == 0)
        {
            return null;
        }

        var items = new JsonArray();
        for (var i = 0; i < trail.Count; i++)
        {
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = trail[i].Text,
                ["item"] = absolute(trail[i].Url),
            });
        }

        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }
}
