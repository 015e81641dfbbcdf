using System.Diagnostics;
using System.Text;

namespace CarePages.Demo.Tests.BackofficeClient;

/// <summary>The backoffice client's npm package (<c>umbraco-packages/care-pages</c>) and a way to run its scripts.</summary>
internal static class ClientPackage
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot.Path, "umbraco-packages", "care-pages");

    /// <summary>Runs <c>npm run <paramref name="script"/></c> and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("npm", ["run", script])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started: is Node.js installed?");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Append(output, $"npm run {script} did not finish within {timeout}.");
            return (-1, output.ToString());
        }

        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
