namespace CarePages.Core.MarkdownExchange;

/// <summary>The result of converting rich text between HTML and Markdown.</summary>
/// <param name="Value">The converted text.</param>
/// <param name="Warnings">What the conversion changed beyond the syntax, e.g. an element outside the editor's subset unwrapped to its text.</param>
public sealed record Conversion(string Value, IReadOnlyList<ConversionWarning> Warnings);
