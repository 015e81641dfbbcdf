namespace CarePages.Core.Checks.Rules.Text;

/// <summary>A sentence of a prose block.</summary>
/// <param name="Block">The index of its block in <see cref="ProseProfile.Blocks"/>.</param>
/// <param name="Start">Where it starts in the block's text.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Words">Its word count.</param>
internal readonly record struct ProseSentence(int Block, int Start, int Length, int Words);
