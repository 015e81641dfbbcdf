using System.Globalization;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Documents;
using CarePages.Core.Text;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Labels;

/// <summary>
/// The one place a field path becomes the label a person reads: <c>@name</c> is "Page name", <c>howItWorks</c> is
/// "How it works", <c>benefits[0e11…].title</c> is "Benefit 2 › Title" (the block's place in the document). Labels are in
/// the reader's interface language (en, es, fr, de, ar; English for any other), read from the embedded
/// <c>Translation/Labels/fields.&lt;language&gt;.json</c> (<c>field.*</c>, <c>element.&lt;alias&gt;</c>, <c>property.&lt;alias&gt;</c>);
/// a name a language lacks is the English one, and the English file names every property as the schema does (a test
/// holds the two equal). Machines keep using the path.
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

    /// <summary>The key of the node name's label.</summary>
    internal const string PageNameKey = "field.page-name";

    /// <summary>The key of one block of a block list, with <c>{element}</c> and <c>{number}</c> (1-based).</summary>
    internal const string BlockItemKey = "field.block-item";

    /// <summary>The key of the label of a report line about the file as a whole (<see cref="WholeFile"/>).</summary>
    internal const string WholeFileKey = "field.whole-file";

    /// <summary>The key of one part of a rich-text field as an XLIFF file splits it, with <c>{number}</c> (1-based).</summary>
    internal const string RichTextPartKey = "field.rich-text-part";

    /// <summary>What starts the key of an element type's name: <c>element.carePagesBenefit</c>.</summary>
    internal const string ElementPrefix = "element.";

    /// <summary>What starts the key of a property's name: <c>property.howItWorks</c>.</summary>
    internal const string PropertyPrefix = "property.";

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(FieldLabels).Assembly, "CarePages.Translation.Labels.");

    /// <summary>The catalogue of field labels, for its completeness tests.</summary>
    internal static TextCatalogue Texts => Catalogue;

    /// <summary>
    /// The label of <paramref name="path"/> in <paramref name="uiCulture"/>. <paramref name="document"/> (any culture)
    /// numbers the blocks; without it, or for a block it no longer has, the block is named without a number. A path that
    /// is not a field path (a unit id) is labelled by the field it starts with.
    /// </summary>
    public static string Of(string path, CultureDocument? document, string uiCulture)
    {
        ArgumentNullException.ThrowIfNull(path);
        var language = LanguageOf(uiCulture);
        if (path == FieldPath.NodeName.Value)
        {
            return Catalogue.Get(PageNameKey, language);
        }

        if (path == WholeFile)
        {
            return Catalogue.Get(WholeFileKey, language);
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
            parts.Add(BlockLabel(language, rest[..bracket], index.e?.ContentTypeAlias, index.e is null ? null : index.i + 1));
            fields = index.e?.Fields;
            rest = rest[(close + 2)..];
            bracket = rest.IndexOf('[', StringComparison.Ordinal);
        }

        // An XLIFF unit of rich text is one part of its field (howItWorks#2, or howItWorks#2@1.title for a link's title).
        var part = RichTextPart(ref rest);

        // A check's property path names a block's field with a dot (bookingCallout.phoneNumber); a unit id goes on
        // past the field with a part that names no property, which ends the label.
        var segments = rest.Split('.', '/');
        parts.Add(PropertyLabel(language, segments[0]) ?? path);
        parts.AddRange(segments.Skip(1).Select(s => PropertyLabel(language, s)).TakeWhile(l => l is not null).OfType<string>());
        if (part is { } number && parts[^1] != path)
        {
            parts.Add(Catalogue.Get(RichTextPartKey, language, new Dictionary<string, string> { ["number"] = number.ToString(CultureInfo.InvariantCulture) }));
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

    private static string BlockLabel(string language, string blockFieldAlias, string? elementAlias, int? number)
    {
        var element = (elementAlias is null ? null : Name(ElementPrefix + elementAlias, language)) ?? PropertyLabel(language, blockFieldAlias) ?? blockFieldAlias;
        return number is null
            ? element
            : Catalogue.Get(BlockItemKey, language, new Dictionary<string, string> { ["element"] = element, ["number"] = number.Value.ToString(CultureInfo.InvariantCulture) });
    }

    private static string? PropertyLabel(string language, string alias) => Name(PropertyPrefix + alias, language);

    // A name the language lacks is the English one; null when English has none either (not a CarePages alias).
    private static string? Name(string key, string language) => Catalogue.FindOrEnglish(key, language);

    private static string LanguageOf(string uiCulture) =>
        CultureNames.LanguageOrFallback(uiCulture, Catalogue.Languages, CheckMessageCatalogue.FallbackLanguage);
}
