namespace CarePages.Core.Xliff;

/// <summary>A unit's current translation: plain text, or the matching block of the target's rich text.</summary>
/// <param name="Text">The plain text (empty for a block).</param>
/// <param name="Run">The target's block, for rich-text units.</param>
internal sealed record ExistingTarget(string Text, TextRun? Run)
{
    /// <summary>The translation as inline content, its codes numbered as the source's.</summary>
    public IReadOnlyList<InlineNode> Content => Run is { } run ? InlineContent.Of(run) : [new InlineText(Text)];
}
