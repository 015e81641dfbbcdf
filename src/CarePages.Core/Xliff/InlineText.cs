namespace CarePages.Core.Xliff;

/// <summary>Text of a block, source or translated.</summary>
/// <param name="Text">The text.</param>
internal sealed record InlineText(string Text) : InlineNode;
