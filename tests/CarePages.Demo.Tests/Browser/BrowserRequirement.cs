namespace CarePages.Demo.Tests.Browser;

/// <summary>
/// Which Chromium the browser tests drive, and whether its absence skips them (a developer machine) or fails them
/// (CI sets <c>CAREPAGES_REQUIRE_BROWSER=1</c>).
/// </summary>
internal static class BrowserRequirement
{
    public const string ChromiumVariable = "CAREPAGES_CHROMIUM";
    public const string RequireVariable = "CAREPAGES_REQUIRE_BROWSER";
    private const string DefaultChromium = "/usr/bin/chromium";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static bool IsInstalled => File.Exists(ChromiumPath);

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"No Chromium at {ChromiumPath} (install Debian's chromium or set {ChromiumVariable}); "
          + $"set {RequireVariable}=1 to fail instead of skipping.";

    public static string MissingMessage =>
        $"{RequireVariable}=1 but there is no Chromium at {ChromiumPath}: install Debian's chromium or set {ChromiumVariable}.";
}
