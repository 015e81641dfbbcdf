namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// The site's <c>Views/</c> folder as Umbraco's view file system sees it: files a test puts there, and every file
/// Umbraco's template repository writes, in order.
/// </summary>
public sealed class HarnessViewFiles
{
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each write, as the file name and the content written.</summary>
    public List<(string File, string Content)> Writes { get; } = [];

    /// <summary>Whether <paramref name="file"/> exists.</summary>
    public bool Exists(string file) => _files.ContainsKey(file);

    /// <summary>The content of <paramref name="file"/>, or null.</summary>
    public string? Read(string file) => _files.GetValueOrDefault(file);

    /// <summary>Writes (or overwrites) a file and records the write.</summary>
    public void Write(string file, string content)
    {
        _files[file] = content;
        Writes.Add((file, content));
    }
}
