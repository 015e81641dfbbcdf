namespace CarePages.Core.Xliff;

/// <summary>
/// A piece of a block's inline content, independent of the XLIFF version: text, or a code wrapping more pieces.
/// Writers render the source and existing targets from it; importers read targets into it to rebuild the HTML.
/// </summary>
internal abstract record InlineNode;
