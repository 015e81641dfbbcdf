using System.Diagnostics;

namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>
/// Runs OmegaT 3.6 in a console mode under <c>xvfb-run -a</c>. A wrong mode or option silently starts the GUI and
/// waits forever, so every run is killed after <see cref="Timeout"/> and fails the test with what OmegaT printed.
/// </summary>
internal static class OmegaT
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The omegat launcher, or null when it is not installed.</summary>
    public static string? Path { get; } = ExecutableSearch.Find("omegat");

    /// <summary>xvfb-run, or null when it is not installed.</summary>
    public static string? XvfbRunPath { get; } = ExecutableSearch.Find("xvfb-run");

    /// <summary>The first tool the OmegaT tests need and cannot find, or null when both are there.</summary>
    public static string? MissingTool => Path is null ? "omegat" : XvfbRunPath is null ? "xvfb-run" : null;

    /// <summary>
    /// <c>xvfb-run -a -f <paramref name="authFile"/> omegat <paramref name="arguments"/></c>, killed after <see cref="Timeout"/>.
    /// With the X authority file named by the caller, xvfb-run makes no temp folder of its own, which a killed run would leave behind.
    /// </summary>
    public static OmegaTRun Run(string authFile, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(XvfbRunPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-a", "-f", authFile, Path! }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(Timeout);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Task.WaitAll([output, errors], TimeSpan.FromSeconds(10));
        var text = Readable(output, errors);
        Assert.True(finished, $"OmegaT did not finish within {Timeout.TotalSeconds} s (a wrong mode starts its GUI) and was killed:\n{text}");
        return new OmegaTRun(process.ExitCode, text);
    }

    private static string Readable(params Task<string>[] streams) => string.Join('\n', streams
        .Where(s => s.IsCompletedSuccessfully)
        .SelectMany(s => s.Result.Split('\n'))
        .Where(line => !line.Contains("(PLUGIN_LOAD_OK)", StringComparison.Ordinal)));
}
