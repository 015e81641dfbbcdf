namespace CarePages.Core.Tests.Checks.TestSupport;

/// <summary>The five interface languages every catalogue covers.</summary>
public static class UiLanguages
{
    /// <summary>en, es, fr, de and ar.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "es", "fr", "de", "ar"];

    /// <summary>Each language as a theory case.</summary>
    public static TheoryData<string> Each() => [.. All];
}
