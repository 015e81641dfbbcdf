using System.Text;

namespace CarePages.TestSupport;

/// <summary>A folder of test files in the temp folder, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "carepages-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The full path of <paramref name="relativePath"/> (with <c>/</c> separators) in this folder.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="relativePath"/>; returns the full path.</summary>
    public string Write(string relativePath, string content) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(content));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/>; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

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
