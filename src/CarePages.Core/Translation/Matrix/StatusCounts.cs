using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Matrix;

/// <summary>How many translatable fields of one document in one culture are in each status.</summary>
public sealed class StatusCounts
{
    private readonly int[] counts;

    internal StatusCounts(ReadOnlySpan<int> counts) => this.counts = counts.ToArray();

    /// <summary>The number of fields in <paramref name="status"/>.</summary>
    public int this[TranslationStatus status] => counts[(int)status];

    /// <summary>The number of translatable fields.</summary>
    public int Total => counts.Sum();

    /// <summary>True when every field is approved and none is outdated.</summary>
    public bool AllApproved => Total == this[TranslationStatus.Approved];
}
