namespace CarePages.Core.Checks.Rules.Text;

/// <summary>Upper-case words in a row within a prose block.</summary>
/// <param name="Block">The index of its block in <see cref="ProseProfile.Blocks"/>.</param>
/// <param name="Start">Where the first word starts in the block's text.</param>
/// <param name="End">Where the last word ends.</param>
/// <param name="Words">How many upper-case words it has.</param>
internal readonly record struct CapitalsRun(int Block, int Start, int End, int Words);
