using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// One sample clinic document in the generated site's six cultures, as JSON every copy starts from: its en-GB, es-ES
/// and ar texts as written, fr-FR, de-DE and pl-PL as <see cref="PseudoTranslation"/>s of its English.
/// </summary>
public sealed partial class SiteTemplate
{
    private SiteTemplate(MultiCultureDocument sample)
    {
        Sample = sample;
        var node = JsonNode.Parse(MultiCultureDocumentJson.Write(sample))!;
        CultureEntries.Copy(node, GeneratedSite.SourceCulture, GeneratedSite.PseudoTranslatedCultures, PseudoTranslation.Text, PseudoTranslation.Markup);
        Json = node.ToJsonString(MultiCultureDocumentJson.Options);
        RichTextAlias = node["values"]!.AsArray().OfType<JsonObject>()
            .FirstOrDefault(v => (string?)v["culture"] == GeneratedSite.SourceCulture && v["value"] is JsonObject rich && rich["markup"] is not null)?["alias"]?.GetValue<string>();
        BlockKeys = BlockKey().Matches(Json).Select(m => Guid.Parse(m.Groups[1].Value)).ToHashSet();
    }

    /// <summary>The sample clinic's documents as templates, parents first.</summary>
    public static IReadOnlyList<SiteTemplate> All { get; } = SampleClinic.Documents.Select(d => new SiteTemplate(d)).ToArray();

    /// <summary>The keys every copy replaces with its own: the sample's document keys and its blocks' keys.</summary>
    public static IReadOnlySet<Guid> CopiedKeys { get; } = All.SelectMany(t => t.BlockKeys.Append(t.Sample.Id)).ToHashSet();

    /// <summary>The sample document.</summary>
    public MultiCultureDocument Sample { get; }

    /// <summary>The document in the six cultures, as <see cref="MultiCultureDocumentJson"/> writes it.</summary>
    public string Json { get; }

    /// <summary>The document's first rich-text field, where markup defects go; null when it has none.</summary>
    public string? RichTextAlias { get; }

    /// <summary>The keys of its blocks.</summary>
    public IReadOnlySet<Guid> BlockKeys { get; }

    [GeneratedRegex("\"(?:contentKey|settingsKey|key)\":\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"")]
    private static partial Regex BlockKey();
}
