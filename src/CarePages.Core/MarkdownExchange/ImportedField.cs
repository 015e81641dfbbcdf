namespace CarePages.Core.MarkdownExchange;

/// <summary>One field's translated value read from a Markdown exchange file.</summary>
/// <param name="Id">The field's id (see <see cref="ExchangeField.Id"/>).</param>
/// <param name="Value">Plain text, or the editor's HTML for rich text; empty when the translator left it empty.</param>
/// <param name="Warnings">What the Markdown to HTML conversion removed (e.g. raw HTML outside the subset).</param>
public sealed record ImportedField(string Id, string Value, IReadOnlyList<ConversionWarning> Warnings);
