using System.Diagnostics;

namespace CarePages.Core.Tests.Translation.Memory;

/// <summary>Runs translate-toolkit (its Python library and converters) where it is installed.</summary>
internal static class TranslateToolkit
{
    /// <summary>The Python interpreter translate-toolkit's scripts run with (from <c>po2tmx</c>'s first line), or null when it is not installed.</summary>
    public static string? Python { get; } = FindPython();

    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/> and returns its standard output.</summary>
    public static string Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{executable} exited {process.ExitCode}: {errors.Result}");
        return output;
    }

    /// <summary>A temporary file holding <paramref name="content"/>, deleted with the returned folder.</summary>
    public static (DirectoryInfo Folder, string Path) TempFile(string name, string content)
    {
        var folder = Directory.CreateTempSubdirectory("carepages-ttk-");
        var path = System.IO.Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return (folder, path);
    }

    /// <summary>The first executable called <paramref name="name"/> on the PATH, or null.</summary>
    public static string? OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    private static string? FindPython()
    {
        var script = OnPath("po2tmx");
        var firstLine = script is null ? null : File.ReadLines(script).FirstOrDefault();
        var interpreter = firstLine is not null && firstLine.StartsWith("#!", StringComparison.Ordinal) ? firstLine[2..].Trim() : null;
        return interpreter is not null && File.Exists(interpreter) ? interpreter : null;
    }
}
