namespace CarePages.Core.Tests.Xliff;

/// <summary>Finds the command-line tools the interop tests drive.</summary>
internal static class ExecutableSearch
{
    /// <summary>The first <paramref name="name"/> on the PATH, or null when it is not installed.</summary>
    public static string? Find(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
