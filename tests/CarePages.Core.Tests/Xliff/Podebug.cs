using System.Diagnostics;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Runs translate-toolkit's <c>podebug</c> over an XLIFF file.</summary>
internal static class Podebug
{
    /// <summary>The podebug executable, or null when it is not installed.</summary>
    public static string? Path { get; } = ExecutableSearch.Find("podebug");

    /// <summary><c>podebug --rewrite=<paramref name="rewrite"/> -i in.xlf -o out.xlf</c>; returns out.xlf's text.</summary>
    public static string Rewrite(string xliff, string rewrite)
    {
        var folder = Directory.CreateTempSubdirectory("carepages-podebug-");
        try
        {
            var input = System.IO.Path.Combine(folder.FullName, "in.xlf");
            var output = System.IO.Path.Combine(folder.FullName, "out.xlf");
            File.WriteAllText(input, xliff);
            var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"--rewrite={rewrite}", "-i", input, "-o", output })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"podebug exited {process.ExitCode}: {errors.Result}");
            return File.ReadAllText(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
