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
    private const string CultureHomeView = "/Views/DemoPages/CultureHome.cshtml";
    private const string NotFoundView = "/Views/Partials/CarePages/_NotFound.cshtml";

    private readonly DemoSiteLoader _siteLoader;

    /// <summary>Creates the controller.</summary>
    public DemoPagesController(DemoSiteLoader siteLoader) => _siteLoader = siteLoader;

    /// <summary>The language chooser, linking each culture's home page.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var site = await _siteLoader.LoadAsync(cancellationToken).ConfigureAwait(false);
        return View(HomeView, HomeViewModelFactory.Create(site));
    }

    /// <summary>
    /// The page at <paramref name="path"/>, e.g. <c>es-es/ketamina-para-el-dolor-dificil-de-tratar</c>, or a culture's home
    /// page (<c>es-es/</c>); 404 otherwise.
    /// </summary>
    [HttpGet("/{**path}")]
    public async Task<IActionResult> Page(string? path, CancellationToken cancellationToken)
    {
        var site = await _siteLoader.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (site.PageAt(path ?? string.Empty) is { } page)
        {
            return PartialView(PageView, page);
        }

        return site.CultureOfSegment((path ?? string.Empty).Trim('/')) is { } culture && HomeViewModelFactory.CreateCultureHome(site, culture) is { } home
            ? View(CultureHomeView, home)
            : PageNotFound(site, path ?? string.Empty);
    }

    private ViewResult PageNotFound(DemoSite site, string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var siteCulture = site.CultureOfSegment(segment);
        var culture = siteCulture ?? LabelCatalogue.KnownCulture(segment) ?? LabelCatalogue.FallbackLanguage;
        var home = siteCulture is null ? DemoSite.HomeUrl : DemoSite.CultureHomeUrl(siteCulture);
        var result = View(NotFoundView, NotFoundViewModel.For(culture, home, site.Branding));
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }
}
