using System.Globalization;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Text;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Labels;

/// <summary>
/// The one place a field path becomes the label a person reads: <c>@name</c> is "Page name", <c>howItWorks</c> is
/// "How it works", <c>benefits[0e11…].title</c> is "Benefit 2 › Title" (the block's place in the document). Labels are in
/// the reader's interface language (en, es, fr, de, ar; English for any other); property names not translated there
/// are the schema's. Machines keep using the path.
/// </summary>
public static class FieldLabels
{
    /// <summary>What separates a block from its field in a label.</summary>
    public const string Separator = " › ";

    /// <summary>
    /// The path of an import report line about the file as a whole rather than one field (a Markdown file's header, a
    /// line outside any field); labelled "Whole file" in the reader's language.
    /// </summary>
    public const string WholeFile = "(file)";

    private static readonly Dictionary<string, FieldLabelCatalogue> Catalogues = EmbeddedJson.Read<FieldLabelCatalogue>("CarePages.Translation.Labels.")
        .ToDictionary(c => c.Language, c => c.Content, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> SchemaNames = CarePagesSchema.ContentTypes
        .SelectMany(CarePagesSchema.AllProperties)
        .GroupBy(p => p.Alias, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>
    /// The label of <paramref name="path"/> in <paramref name="uiCulture"/>. <paramref name="document"/> (any culture)
    /// numbers the blocks; without it, or for a block it no longer has, the block is named without a number. A path that
    /// is not a field path (a unit id) is labelled by the field it starts with.
    /// </summary>
    public static string Of(string path, CultureDocument? document, string uiCulture)
    {
        ArgumentNullException.ThrowIfNull(path);
        var catalogue = CatalogueOf(uiCulture);
        if (path == FieldPath.NodeName.Value)
        {
            return catalogue.PageName;
        }

        if (path == WholeFile)
        {
            return catalogue.WholeFile;
        }

        var parts = new List<string>();
        var fields = document?.Fields;
        var rest = path;
        var bracket = rest.IndexOf('[', StringComparison.Ordinal);
        while (bracket > 0 && rest.IndexOf(']', bracket) is var close and > 0 && close + 2 <= rest.Length)
        {
            var blockField = fields?.FirstOrDefault(f => f.Alias == rest[..bracket]);
            var index = Guid.TryParse(rest[(bracket + 1)..close], out var key) && blockField is not null
                ? blockField.Elements.Select((e, i) => (e, i)).FirstOrDefault(x => x.e.Key == key)
                : default;
            parts.Add(BlockLabel(catalogue, rest[..bracket], index.e?.ContentTypeAlias, index.e is null ? null : index.i + 1));
            fields = index.e?.Fields;
            rest = rest[(close + 2)..];
            bracket = rest.IndexOf('[', StringComparison.Ordinal);
        }

        // An XLIFF unit of rich text is one part of its field (howItWorks#2, or howItWorks#2@1.title for a link's title).
        var part = RichTextPart(ref rest);

        // A check's property path names a block's field with a dot (bookingCallout.phoneNumber); a unit id goes on
        // past the field with a part that names no property, which ends the label.
        var segments = rest.Split('.', '/');
        parts.Add(PropertyLabel(catalogue, segments[0]) ?? path);
        parts.AddRange(segments.Skip(1).Select(s => PropertyLabel(catalogue, s)).TakeWhile(l => l is not null).OfType<string>());
        if (part is { } number && parts[^1] != path)
        {
            parts.Add(CheckMessageCatalogue.Format(catalogue.RichTextPart, new Dictionary<string, string> { ["number"] = number.ToString(CultureInfo.InvariantCulture) }));
        }

        return string.Join(Separator, parts);
    }

    /// <summary>The label of <paramref name="path"/>; see <see cref="Of(string, CultureDocument?, string)"/>.</summary>
    public static string Of(FieldPath path, CultureDocument? document, string uiCulture)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Of(path.Value, document, uiCulture);
    }

    private static int? RichTextPart(ref string rest)
    {
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0)
        {
            return null;
        }

        var digits = rest[(hash + 1)..].TakeWhile(char.IsAsciiDigit).Count();
        var number = int.TryParse(rest.AsSpan(hash + 1, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        rest = rest[..hash];
        return number;
    }

    private static string BlockLabel(FieldLabelCatalogue catalogue, string blockFieldAlias, string? elementAlias, int? number)
    {
        var element = ElementName(catalogue, elementAlias) ?? PropertyLabel(catalogue, blockFieldAlias) ?? blockFieldAlias;
        return number is null
            ? element
            : CheckMessageCatalogue.Format(catalogue.BlockItem, new Dictionary<string, string> { ["element"] = element, ["number"] = number.Value.ToString(CultureInfo.InvariantCulture) });
    }

    private static string? ElementName(FieldLabelCatalogue catalogue, string? alias) => alias is null
        ? null
        : catalogue.Elements.GetValueOrDefault(alias) ?? CatalogueOf(CheckMessageCatalogue.FallbackLanguage).Elements.GetValueOrDefault(alias);

    private static string? PropertyLabel(FieldLabelCatalogue catalogue, string alias) =>
        catalogue.Properties.GetValueOrDefault(alias) ?? SchemaNames.GetValueOrDefault(alias);

    private static FieldLabelCatalogue CatalogueOf(string uiCulture) =>
        Catalogues[CultureNames.LanguageOrFallback(uiCulture, Catalogues.Keys, CheckMessageCatalogue.FallbackLanguage)];
}
