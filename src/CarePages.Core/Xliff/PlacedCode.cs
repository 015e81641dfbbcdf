namespace CarePages.Core.Xliff;

/// <summary>An inline code where it stands in a block; its markup always comes from the source.</summary>
/// <param name="Code">The code.</param>
/// <param name="Children">What sits inside a paired code (text and further codes).</param>
internal sealed record PlacedCode(InlineCode Code, IReadOnlyList<InlineNode> Children) : InlineNode;
