namespace CarePages.Demo.Tests.Browser;

/// <summary>
/// Whether the absence of the browser tests' Chromium (<see cref="HeadlessChromium"/>) skips them (a developer machine) or fails them
/// (CI sets <c>CAREPAGES_REQUIRE_BROWSER=1</c>).
/// </summary>
internal static class BrowserRequirement
{
    public const string RequireVariable = "CAREPAGES_REQUIRE_BROWSER";

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason => HeadlessChromium.IsInstalled || IsRequired
        ? null
        : $"No Chromium at {HeadlessChromium.Path} (install Debian's chromium or set {HeadlessChromium.PathVariable}); "
          + $"set {RequireVariable}=1 to fail instead of skipping.";

    public static string MissingMessage =>
        $"{RequireVariable}=1 but there is no Chromium at {HeadlessChromium.Path}: install Debian's chromium or set {HeadlessChromium.PathVariable}.";
}
