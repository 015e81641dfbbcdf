using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;
using CarePages.Demo.Site;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Demo.Pages;

/// <summary>Serves the home page and every page of the demo clinic, rendered by the package's Razor partials.</summary>
public sealed class DemoPagesController : Controller
{
    private const string PageView = "/Views/Partials/CarePages/_Page.cshtml";
    private const string HomeView = "/Views/DemoPages/Home.cshtml";
    private const string NotFoundView = "/Views/Partials/CarePages/_NotFound.cshtml";

    private readonly DemoSiteLoader _siteLoader;

    /// <summary>Creates the controller.</summary>
    public DemoPagesController(DemoSiteLoader siteLoader) => _siteLoader = siteLoader;

    /// <summary>Links every page in every culture.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var site = await _siteLoader.LoadAsync(cancellationToken).ConfigureAwait(false);
        return View(HomeView, HomeViewModelFactory.Create(site));
    }

    /// <summary>The page at <paramref name="path"/>, e.g. <c>es-es/ketamina-para-el-dolor-dificil-de-tratar</c>; 404 otherwise.</summary>
    [HttpGet("/{**path}")]
    public async Task<IActionResult> Page(string? path, CancellationToken cancellationToken)
    {
        var site = await _siteLoader.LoadAsync(cancellationToken).ConfigureAwait(false);
        var page = site.PageAt(path ?? string.Empty);
        return page is null ? PageNotFound(site, path ?? string.Empty) : PartialView(PageView, page);
    }

    private ViewResult PageNotFound(DemoSite site, string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var culture = site.CultureOfSegment(segment) ?? LabelCatalogue.KnownCulture(segment) ?? LabelCatalogue.FallbackLanguage;
        var result = View(NotFoundView, NotFoundViewModel.For(culture, DemoSite.HomeUrl));
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }
}
