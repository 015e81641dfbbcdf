using Microsoft.Extensions.FileProviders;

namespace CarePages.Demo.EditorPreview;

/// <summary>What the preview page links: the bundle, and its stylesheet when the build produced one.</summary>
/// <param name="ScriptUrl">The module that defines <c>care-pages-editor-preview</c>.</param>
/// <param name="StylesheetUrl">The bundle's stylesheet (UUI's theme), or null.</param>
public sealed record EditorPreviewViewModel(string ScriptUrl, string? StylesheetUrl)
{
    private const string StylesheetPath = "/editor-preview/editor-preview.css";

    /// <summary>The links for the files the web root holds.</summary>
    public static EditorPreviewViewModel From(IFileProvider webRoot)
    {
        ArgumentNullException.ThrowIfNull(webRoot);
        return new(EditorPreviewController.BundlePath, webRoot.GetFileInfo(StylesheetPath).Exists ? StylesheetPath : null);
    }
}
