using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// Builds generated document number n from its <see cref="DocumentPlan"/>: the sample document it copies in six cultures,
/// with new keys for the copy (the document's, its parent's, its blocks' and those its pickers name, so each copy keeps
/// the sample's tree and links), numbered names, the copy's English word swaps, and the plan's defect.
/// </summary>
public static partial class GeneratedDocuments
{
    private static readonly Guid KeyNamespace = new("5c1f2f4e-0b7d-4c55-9a44-4a7f0e6c2d10");

    /// <summary>The markup each markup defect appends to the English source's first rich-text field.</summary>
    public static IReadOnlyDictionary<SiteDefect, string> DefectMarkup { get; } = new Dictionary<SiteDefect, string>
    {
        [SiteDefect.ImageWithoutAlt] = "<p><img src=\"/media/clinic/treatment-room.jpg\" width=\"640\" height=\"360\"></p>",
        [SiteDefect.ClickHereLink] = "<p>Our patient leaflet explains the treatment day. To read it, <a href=\"https://www.nhs.uk/medicines/\">click here</a>.</p>",
        [SiteDefect.SkippedHeadingLevel] = "<h2>Before your appointment</h2><h4>What to bring</h4><p>Bring a list of the medicines you take.</p>",
    };

    /// <summary>
    /// The document <paramref name="plan"/> describes, in a site whose review dates are judged in the week of
    /// <paramref name="asOf"/>; <paramref name="generated"/> holds the sample documents this copy has (a last, partial
    /// copy drops picks of the others).
    /// </summary>
    public static MultiCultureDocument Create(DocumentPlan plan, DateOnly asOf, IReadOnlySet<Guid> generated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(generated);
        var template = SiteTemplate.All[plan.SampleIndex];
        var root = JsonNode.Parse(template.Json)!;
        if (plan.Defect == SiteDefect.MissingTranslation)
        {
            CultureEntries.Remove(root, plan.Culture);
        }

        foreach (var variant in root["variants"]!.AsArray().OfType<JsonObject>())
        {
            variant["name"] = CopyVariation.Name(variant["name"]!.GetValue<string>(), plan.Copy);
        }

        CultureEntries.Map(root, GeneratedSite.SourceCulture, text => CopyVariation.Text(text, plan.Copy), markup => CopyVariation.Markup(markup, plan.Copy));
        ApplyDefect(root, template, plan, asOf);
        DropPicksOfMissingDocuments(root, generated);
        var json = Uuid().Replace(root.ToJsonString(MultiCultureDocumentJson.Options), match => KeyInCopy(match.Value, plan.Copy));
        return MultiCultureDocumentJson.Parse(json, $"generated document {plan.Index}");
    }

    /// <summary>The key in copy <paramref name="copy"/> of the sample document or block <paramref name="sampleKey"/>.</summary>
    public static Guid KeyInCopy(Guid sampleKey, int copy) =>
        copy == 0 ? sampleKey : DeterministicGuid.Create(KeyNamespace, string.Create(CultureInfo.InvariantCulture, $"copy {copy}: {sampleKey:D}"));

    private static string KeyInCopy(string uuid, int copy)
    {
        var key = Guid.Parse(uuid);
        return SiteTemplate.CopiedKeys.Contains(key) ? KeyInCopy(key, copy).ToString("D") : uuid;
    }

    private static void ApplyDefect(JsonNode root, SiteTemplate template, DocumentPlan plan, DateOnly asOf)
    {
        var values = root["values"]!.AsArray().OfType<JsonObject>().ToArray();
        switch (plan.Defect)
        {
            case SiteDefect.ImageWithoutAlt or SiteDefect.ClickHereLink or SiteDefect.SkippedHeadingLevel:
                var alias = template.RichTextAlias ?? throw new InvalidOperationException($"Sample document {template.Sample.Id} has no rich text for the {plan.Defect} defect.");
                var rich = values.First(v => (string?)v["alias"] == alias && (string?)v["culture"] == GeneratedSite.SourceCulture)["value"]!;
                rich["markup"] = rich["markup"]!.GetValue<string>() + DefectMarkup[plan.Defect];
                break;
            case SiteDefect.ReviewOverdue or SiteDefect.ReviewDueSoon:
                var due = plan.Defect == SiteDefect.ReviewOverdue ? asOf.AddDays(-90) : asOf.AddDays(21);
                var review = values.First(v => (string?)v["alias"] == ClinicalReviewComposition.NextReviewDue && v["culture"] is null);
                review["value"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }
    }

    // Picker items ({ "type": "document", "unique": key }) naming a sample document this copy lacks.
    private static void DropPicksOfMissingDocuments(JsonNode root, IReadOnlySet<Guid> generated) =>
        CultureEntries.VisitArrays(root, array =>
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                if (array[i] is JsonObject pick && pick["unique"] is JsonValue unique && Guid.TryParse(unique.GetValue<string>(), out var key)
                    && SiteTemplate.CopiedKeys.Contains(key) && !generated.Contains(key))
                {
                    array.RemoveAt(i);
                }
            }
        });

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();
}
