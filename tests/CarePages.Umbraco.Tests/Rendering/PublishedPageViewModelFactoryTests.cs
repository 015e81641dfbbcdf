using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Rendering;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class PublishedPageViewModelFactoryTests
{
    private static readonly Guid RouteKey = Guid.NewGuid();

    [Fact]
    public void Create_CultureThePageIsPublishedIn_GivesTheRoutePageInThatCulture()
    {
        var route = PublishedRoutes.SpanishOnly(RouteKey, Guid.NewGuid());

        var page = Factory(route, requestCulture: "es-ES").Create(route);

        Assert.NotNull(page);
        Assert.Equal(PageKind.TreatmentRoute, page.Kind);
        Assert.Equal("Ketamina intranasal", page.Title);
        Assert.Equal("/es-es/ketamina-intranasal/", page.Url);
    }

    [Fact]
    public void Create_CultureThePageIsNotPublishedIn_GivesNoPage()
    {
        var route = PublishedRoutes.SpanishOnly(RouteKey, Guid.NewGuid());

        Assert.Null(Factory(route, requestCulture: "ar").Create(route));
    }

    [Fact]
    public void CreateNotFound_ArabicRequest_IsAnArabicRightToLeftPageLinkingHome()
    {
        var route = PublishedRoutes.SpanishOnly(RouteKey, Guid.NewGuid());

        var notFound = Factory(route, requestCulture: "ar").CreateNotFound();

        Assert.Equal("ar", notFound.Lang);
        Assert.Equal(WritingDirection.Rtl.ToAttribute(), notFound.Dir);
        Assert.Equal(LabelCatalogue.For("ar")[LabelKeys.PageNotFound], notFound.Labels[LabelKeys.PageNotFound]);
        Assert.Equal("/", notFound.HomeUrl);
    }

    [Fact]
    public void CreateNotFound_NoRequestCulture_UsesTheSitesDefaultCulture()
    {
        var route = PublishedRoutes.SpanishOnly(RouteKey, Guid.NewGuid());

        var notFound = Factory(route, requestCulture: null).CreateNotFound();

        Assert.Equal("es-ES", notFound.Lang);
        Assert.Equal("/es-es/ketamina-intranasal/", notFound.HomeUrl);
    }

    [Fact]
    public void Create_SiteSetsClinicNameAndLogo_HeaderShowsThem()
    {
        var route = PublishedRoutes.SpanishOnly(RouteKey, Guid.NewGuid());
        var site = new SiteBranding { ClinicName = "Clínica Norte", LogoUrl = "/media/logo.svg" };

        var page = Factory(route, requestCulture: "es-ES", site).Create(route);

        Assert.Equal("Clínica Norte", page!.Header.Branding.Name);
        Assert.Equal("/media/logo.svg", page.Header.Branding.LogoUrl);
        Assert.Equal("/es-es/ketamina-intranasal/", page.Header.HomeUrl);
    }

    private static PublishedPageViewModelFactory Factory(IPublishedContent root, string? requestCulture, SiteBranding? branding = null)
    {
        var site = new SingleRootSite(root);
        var urls = new Mock<IPublishedUrlProvider>();
        urls.Setup(u => u.GetUrl(root, UrlMode.Relative, "es-ES", It.IsAny<Uri?>())).Returns("/es-es/ketamina-intranasal/");
        var defaultCulture = Mock.Of<IDefaultCultureAccessor>(d => d.DefaultCulture == "es-ES");
        var variation = new Mock<IVariationContextAccessor>();
        variation.SetupGet(v => v.VariationContext).Returns(requestCulture is null ? null : new VariationContext(requestCulture));
        var lookup = new PublishedContentPageLookup(site.Cache, site.Navigation, urls.Object, defaultCulture);
        var options = Mock.Of<IOptionsMonitor<CarePagesOptions>>(o => o.CurrentValue == new CarePagesOptions { Site = branding ?? new SiteBranding() });
        return new PublishedPageViewModelFactory(lookup, variation.Object, defaultCulture, options);
    }
}
