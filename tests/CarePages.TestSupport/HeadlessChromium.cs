using Microsoft.Playwright;

namespace CarePages.TestSupport;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright's driver from the NuGet package (never a downloaded browser),
/// as the browser tests and the axe-core benchmark launch it.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>The environment variable that names another Chromium.</summary>
    public const string PathVariable = "CAREPAGES_CHROMIUM";

    private const string DefaultPath = "/usr/bin/chromium";

    // No sandbox: CI and containers run as root; the rest keeps a run quiet and free of background traffic.
    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>The browser launched: <see cref="PathVariable"/> when set, else Debian's.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>Launches the browser through <paramref name="playwright"/>.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = Arguments,
        });
}
