using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Xliff;

/// <summary>The new target-culture value of one field, from an applied document.</summary>
/// <param name="FieldPath">The field's path, as in the export.</param>
/// <param name="Kind">Plain text or rich text.</param>
/// <param name="Value">The plain text, or the HTML rebuilt from the source's structure and sanitised to the editor's subset.</param>
/// <param name="Removals">What sanitising removed from the HTML, reported as a Markdown import reports it; usually empty.</param>
public sealed record XliffFieldValue(string FieldPath, XliffFieldKind Kind, string Value, IReadOnlyList<ConversionWarning> Removals)
{
    /// <summary>What sanitising removed, in short (e.g. <c>&lt;script&gt;</c>, <c>onclick on &lt;p&gt;</c>).</summary>
    public IReadOnlyList<string> Removed => Removals.Select(r => Describe(r.Element)).ToArray();

    // A removal's element is "script", or "p[onclick]" for an attribute.
    private static string Describe(string element)
    {
        var bracket = element.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? $"<{element}>" : $"{element[(bracket + 1)..^1]} on <{element[..bracket]}>";
    }
}
