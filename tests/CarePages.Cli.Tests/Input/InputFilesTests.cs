using CarePages.Cli.Input;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Input;

/// <summary>How files are found and classified when no --field-kind is given.</summary>
public class InputFilesTests
{
    [Theory]
    [InlineData("page.html", "<!DOCTYPE html><html lang=\"en\"><body><p>Hi</p></body></html>", "Page")]
    [InlineData("page.htm", "<HTML lang=\"en\"><body><p>Hi</p></body></HTML>", "Page")]
    [InlineData("page.HTML", "<!doctype html><p>Hi</p>", "Page")]
    [InlineData("fragment.html", "<p>Hi</p>", "RichText")]
    [InlineData("fragment.htm", "<h2>Dosing</h2><p>Hi</p>", "RichText")]
    [InlineData("route.json", "{}", "Document")]
    [InlineData("notes.txt", "<p>Hi</p>", null)]
    [InlineData("README", "<html>", null)]
    public void Infer_ExtensionAndMarkup_PickTheKind(string name, string text, string? expected)
    {
        Assert.Equal(expected, InputFiles.Infer(name, text)?.ToString());
    }

    [Fact]
    public void Resolve_Folder_ClassifiesEachFileAndSortsByOrdinalPath()
    {
        using var folder = new TempFolder();
        folder.Write("c/page.html", Content.DefectivePage);
        folder.Write("c/B.html", Content.CleanFragment);
        folder.Write("c/a.json", "{}");
        folder.Write("c/.hidden/skip.html", Content.CleanFragment);

        var files = InputFiles.Resolve("c", kind: null, folder.Root);

        Assert.Equal(["c/B.html", "c/a.json", "c/page.html"], files.Select(f => f.DisplayPath));
        Assert.Equal([InputKind.RichText, InputKind.Document, InputKind.Page], files.Select(f => f.Kind));
    }

    [Fact]
    public void Resolve_FileOutsideTheWorkingDirectory_IsShownWithItsFullPath()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var path = elsewhere.Write("x.html", Content.CleanFragment);

        var file = Assert.Single(InputFiles.Resolve(path, kind: null, folder.Root));

        Assert.Equal(path.Replace(Path.DirectorySeparatorChar, '/'), file.DisplayPath);
    }

    [Fact]
    public void Resolve_Utf16WithByteOrderMark_IsRead()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("x.html", [.. new System.Text.UnicodeEncoding(false, true).GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("<p>Hola</p>")]);

        var file = Assert.Single(InputFiles.Resolve("x.html", kind: null, folder.Root));

        Assert.Equal("<p>Hola</p>", file.Text);
    }
}
