namespace CarePages.Core.Translation.Memory;

/// <summary>Settings of the translation memory.</summary>
public sealed record TranslationMemoryOptions
{
    /// <summary>The lowest score a fuzzy match must reach to be suggested (default 75, as in most CAT tools).</summary>
    public int MinimumScore { get; init; } = 75;
}
