using System.Diagnostics;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary>The built tool run as a process, as CI runs it: real exit codes, standard output and standard error.</summary>
public class ProcessTests
{
    [Fact]
    public void Process_DefectiveFragment_ExitsOneWithTheReportOnStandardOutput()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var (code, output, error) = Run(folder.Root, "check", "fragment.html", "--culture", "en-GB");

        Assert.Equal(1, code);
        Assert.Contains("[block] image-alt-missing", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Process_MissingFile_ExitsTwoWithOneLineOnStandardError()
    {
        using var folder = new TempFolder();

        var (code, output, error) = Run(folder.Root, "check", "missing.html", "--culture", "en-GB");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("carepages: missing.html: no such file or folder.", error.TrimEnd());
    }

    [Fact]
    public void Process_Version_ExitsZero()
    {
        var (code, output, _) = Run(AppContext.BaseDirectory, "--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    private static (int Code, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        // dotnet test tells child processes which host it runs on; fall back to the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Paths.ToolAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("carepages did not finish within a minute.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
