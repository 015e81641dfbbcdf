using Microsoft.AspNetCore.Mvc;

namespace CarePages.Demo.EditorPreview;

/// <summary>
/// The editor preview: the backoffice extension's presentational components, mounted against the demo's API so that
/// editors and translators can try them (and tests can see them) without an Umbraco site.
/// </summary>
public sealed class EditorPreviewController : Controller
{
    /// <summary>Where the preview bundle is served from; <c>npm run build</c> in <c>umbraco-packages/care-pages</c> writes it.</summary>
    public const string BundlePath = "/editor-preview/editor-preview.js";

    private const string PreviewView = "/Views/EditorPreview/Index.cshtml";
    private const string MissingView = "/Views/EditorPreview/BundleMissing.cshtml";

    private readonly IWebHostEnvironment _environment;

    /// <summary>Creates the controller.</summary>
    public EditorPreviewController(IWebHostEnvironment environment) => _environment = environment;

    /// <summary>The preview page; query <c>view</c>, <c>user</c>, <c>ui</c> and <c>document</c> choose what it shows first.</summary>
    [HttpGet("/editor-preview")]
    public IActionResult Index()
    {
        if (_environment.WebRootFileProvider.GetFileInfo(BundlePath).Exists)
        {
            return View(PreviewView, EditorPreviewViewModel.From(_environment.WebRootFileProvider));
        }

        var result = View(MissingView);
        result.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return result;
    }
}
