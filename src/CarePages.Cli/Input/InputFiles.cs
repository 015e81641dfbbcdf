namespace CarePages.Cli.Input;

/// <summary>Finds the files to check under a path and decides how each is checked.</summary>
internal static class InputFiles
{
    private static readonly string[] MarkupExtensions = [".html", ".htm"];
    private static readonly string[] DocumentExtensions = [".json"];

    /// <summary>
    /// The file at <paramref name="path"/>, or every matching file under the folder at <paramref name="path"/>, recursively,
    /// in ordinal order of their paths. With <paramref name="kind"/> null each file's kind is inferred.
    /// </summary>
    /// <exception cref="UsageException">The path does not exist, a folder holds no matching file, or a file cannot be read or classified.</exception>
    public static IReadOnlyList<InputFile> Resolve(string path, InputKind? kind, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        if (File.Exists(full))
        {
            return [Load(full, kind, workingDirectory)];
        }

        if (!Directory.Exists(full))
        {
            throw new UsageException($"{path}: no such file or folder.");
        }

        var extensions = kind switch
        {
            InputKind.Document => DocumentExtensions,
            InputKind.RichText or InputKind.Page => MarkupExtensions,
            _ => [.. MarkupExtensions, .. DocumentExtensions],
        };
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(full, "*", options)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => (Full: f, Display: DisplayPath(f, workingDirectory)))
            .OrderBy(f => f.Display, StringComparer.Ordinal)
            .Select(f => Load(f.Full, kind, workingDirectory))
            .ToList();
        return files.Count > 0
            ? files
            : throw new UsageException($"{path}: the folder holds no {string.Join(", ", extensions)} file.");
    }

    /// <summary>
    /// <paramref name="fullPath"/> relative to <paramref name="workingDirectory"/> when it is under it, else absolute; with <c>/</c> separators.
    /// </summary>
    public static string DisplayPath(string fullPath, string workingDirectory) =>
        (RelativePath(fullPath, workingDirectory) ?? fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary><paramref name="fullPath"/> relative to <paramref name="workingDirectory"/>, or null when it is not under it.</summary>
    public static string? RelativePath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? null : relative;
    }

    /// <summary>
    /// The kind of a file checked without <c>--field-kind</c>: <c>.json</c> is a document; <c>.html</c> or <c>.htm</c> is a page
    /// when it contains <c>&lt;html</c> or <c>&lt;!doctype</c>, otherwise a rich-text fragment; anything else cannot be told.
    /// </summary>
    public static InputKind? Infer(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return InputKind.Document;
        }

        if (!MarkupExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            ? InputKind.Page
            : InputKind.RichText;
    }

    private static InputFile Load(string fullPath, InputKind? kind, string workingDirectory)
    {
        var display = DisplayPath(fullPath, workingDirectory);
        var text = TextFileReader.Read(fullPath, display);
        var resolved = kind ?? Infer(fullPath, text)
            ?? throw new UsageException($"{display}: cannot tell whether this is a fragment, a page or a document; pass --field-kind richtext, page or document.");
        return new InputFile(fullPath, display, resolved, text);
    }
}
