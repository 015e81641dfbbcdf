using System.Text;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>A folder of test files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "carepages-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="relativePath"/>; returns the full path.</summary>
    public string Write(string relativePath, string content) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(content));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/>; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs carepages with this folder as the working directory.</summary>
    public CliResult Run(params string[] args) => CliRunner.RunIn(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
