namespace CarePages.Core.Threading;

/// <summary>
/// The bounds shared by the package's thread-count settings (<c>CarePages:Audit:Parallelism</c>,
/// <c>CarePages:ImportParallelism</c>): between 1 and <see cref="Max"/>, by default the processor count.
/// </summary>
public static class ParallelismSetting
{
    /// <summary>The most threads a setting may ask for: 64.</summary>
    public const int Max = 64;

    /// <summary>The default: the machine's processor count, but at most <see cref="Max"/>, so that a larger server still starts.</summary>
    public static int Default => Math.Min(Environment.ProcessorCount, Max);

    /// <summary>True for a value from 1 to <see cref="Max"/>.</summary>
    public static bool IsValid(int threads) => threads is >= 1 and <= Max;
}
