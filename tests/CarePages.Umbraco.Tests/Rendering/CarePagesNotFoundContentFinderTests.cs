using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Rendering;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class CarePagesNotFoundContentFinderTests
{
    private readonly DefaultHttpContext _httpContext = new();

    [Fact]
    public async Task TryFindContent_UnknownUrlUnderArabicSegment_RendersTheCarePagesRootAs404InArabic()
    {
        var root = Root(TreatmentOverviewType.Alias);
        var request = Request("https://clinic.example/ar/no-such-page");

        var found = await Finder(root).TryFindContent(request.Object);

        Assert.True(found);
        request.Verify(r => r.SetCulture("ar"));
        request.Verify(r => r.SetPublishedContent(root));
        request.Verify(r => r.SetResponseStatus(404));
        Assert.True(NotFoundRequest.IsMarked(_httpContext));
    }

    [Fact]
    public async Task TryFindContent_SegmentInALanguageTheSiteDoesNotPublish_StillAnswersInThatLanguage()
    {
        var request = Request("https://clinic.example/fr-fr/page-inconnue");

        await Finder(Root(TreatmentOverviewType.Alias)).TryFindContent(request.Object);

        request.Verify(r => r.SetCulture("fr-FR"));
        request.Verify(r => r.SetResponseStatus(404));
    }

    [Fact]
    public async Task TryFindContent_RequestWithADomainCulture_KeepsThatCulture()
    {
        var root = Root(TreatmentOverviewType.Alias);
        var request = Request("https://clinic.example/ar/no-such-page", culture: "es-ES");

        await Finder(root).TryFindContent(request.Object);

        request.Verify(r => r.SetCulture(It.IsAny<string>()), Times.Never);
        request.Verify(r => r.SetResponseStatus(404));
    }

    [Fact]
    public async Task TryFindContent_SiteHasItsOwn404_LeavesTheRequestToIt()
    {
        var root = Root(TreatmentOverviewType.Alias);
        var request = Request("https://clinic.example/no-such-page");
        var site = Mock.Of<IContentLastChanceFinder>(f => f.TryFindContent(It.IsAny<IPublishedRequestBuilder>()) == Task.FromResult(true));

        var found = await Finder(root, site).TryFindContent(request.Object);

        Assert.True(found);
        request.Verify(r => r.SetPublishedContent(It.IsAny<IPublishedContent>()), Times.Never);
        Assert.False(NotFoundRequest.IsMarked(_httpContext));
    }

    [Fact]
    public async Task TryFindContent_RootIsNotACarePagesPage_LeavesUmbracosOwnNotFound()
    {
        var request = Request("https://clinic.example/no-such-page");

        Assert.False(await Finder(Root("homePage")).TryFindContent(request.Object));
        request.Verify(r => r.SetPublishedContent(It.IsAny<IPublishedContent>()), Times.Never);
    }

    [Fact]
    public async Task TryFindContent_TurnedOffInSettings_LeavesUmbracosOwnNotFound()
    {
        var request = Request("https://clinic.example/ar/no-such-page");

        var found = await Finder(Root(TreatmentOverviewType.Alias), options: new CarePagesOptions { ServeNotFoundPage = false }).TryFindContent(request.Object);

        Assert.False(found);
    }

    [Fact]
    public async Task AddCarePagesNotFoundPage_OverUmbracosFinder_StillAsksUmbracosFinderFirst()
    {
        var services = new ServiceCollection();
        var umbracos = new Mock<IContentLastChanceFinder>();
        umbracos.Setup(f => f.TryFindContent(It.IsAny<IPublishedRequestBuilder>())).ReturnsAsync(true);
        services.AddSingleton(umbracos.Object);
        services.AddSingleton(Mock.Of<IPublishedContentCache>());
        services.AddSingleton(Mock.Of<IDocumentNavigationQueryService>());
        services.AddSingleton(Mock.Of<IHttpContextAccessor>());
        services.AddSingleton(Mock.Of<IOptionsMonitor<CarePagesOptions>>(o => o.CurrentValue == new CarePagesOptions()));

        services.AddCarePagesNotFoundPage();
        var finder = services.BuildServiceProvider().GetRequiredService<IContentLastChanceFinder>();

        Assert.IsType<CarePagesNotFoundContentFinder>(finder);
        Assert.True(await finder.TryFindContent(Request("https://clinic.example/x").Object));
        umbracos.Verify(f => f.TryFindContent(It.IsAny<IPublishedRequestBuilder>()), Times.Once);
        Assert.Single(services, d => d.ServiceType == typeof(IContentLastChanceFinder));
    }

    private CarePagesNotFoundContentFinder Finder(IPublishedContent root, IContentLastChanceFinder? siteFinder = null, CarePagesOptions? options = null)
    {
        var site = new SingleRootSite(root);
        var accessor = Mock.Of<IHttpContextAccessor>(a => a.HttpContext == _httpContext);
        var monitor = Mock.Of<IOptionsMonitor<CarePagesOptions>>(o => o.CurrentValue == (options ?? new CarePagesOptions()));
        return new CarePagesNotFoundContentFinder(siteFinder, site.Cache, site.Navigation, accessor, monitor);
    }

    private static IPublishedContent Root(string alias)
    {
        var contentType = Mock.Of<IPublishedContentType>(t => t.Alias == alias);
        var content = new Mock<IPublishedContent>();
        content.SetupGet(c => c.Key).Returns(Guid.NewGuid());
        content.SetupGet(c => c.ContentType).Returns(contentType);
        content.SetupGet(c => c.Cultures).Returns(new Dictionary<string, PublishedCultureInfo>(StringComparer.OrdinalIgnoreCase)
        {
            ["en-GB"] = new("en-GB", "Ketamine", "ketamine", DateTime.UtcNow),
            ["ar"] = new("ar", "الكيتامين", "ketamine", DateTime.UtcNow),
        });
        return content.Object;
    }

    private static Mock<IPublishedRequestBuilder> Request(string url, string? culture = null)
    {
        var request = new Mock<IPublishedRequestBuilder>();
        request.SetupGet(r => r.Uri).Returns(new Uri(url));
        request.SetupGet(r => r.Culture).Returns(culture);
        return request;
    }
}
