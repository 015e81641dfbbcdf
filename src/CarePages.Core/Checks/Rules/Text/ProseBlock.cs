namespace CarePages.Core.Checks.Rules.Text;

/// <summary>One block of running text: a paragraph, heading, list item or line, whitespace collapsed.</summary>
/// <param name="Text">The text.</param>
/// <param name="Position">The document-order position of the element holding its first text, for sorting findings.</param>
internal sealed record ProseBlock(string Text, int Position);
