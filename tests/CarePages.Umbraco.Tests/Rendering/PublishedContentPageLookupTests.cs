using CarePages.Umbraco.Rendering;
using CarePages.Umbraco.Tests.TestSupport;
using Moq;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class PublishedContentPageLookupTests
{
    [Theory]
    [InlineData("es-ES", "/es/")]
    [InlineData("ar", "/ar/")]
    [InlineData("fr-FR", "/")]
    public void HomeUrl_OneRootPerLanguage_IsTheRootPublishedInThatCulture(string culture, string expected)
    {
        var spanishRoot = PublishedRoutes.SpanishOnly(Guid.NewGuid(), Guid.NewGuid());
        var arabicRoot = ArabicOnly(Guid.NewGuid());
        var cache = new Mock<IPublishedContentCache>();
        cache.Setup(c => c.GetById(spanishRoot.Key)).Returns(spanishRoot);
        cache.Setup(c => c.GetById(arabicRoot.Key)).Returns(arabicRoot);
        var navigation = new Mock<IDocumentNavigationQueryService>();
        IEnumerable<Guid> roots = [spanishRoot.Key, arabicRoot.Key];
        navigation.Setup(n => n.TryGetRootKeys(out roots)).Returns(true);
        var urls = new Mock<IPublishedUrlProvider>();
        urls.Setup(u => u.GetUrl(spanishRoot, UrlMode.Relative, "es-ES", It.IsAny<Uri?>())).Returns("/es/");
        urls.Setup(u => u.GetUrl(arabicRoot, UrlMode.Relative, "ar", It.IsAny<Uri?>())).Returns("/ar/");
        var lookup = new PublishedContentPageLookup(cache.Object, navigation.Object, urls.Object, Mock.Of<IDefaultCultureAccessor>(d => d.DefaultCulture == "es-ES"));

        Assert.Equal(expected, lookup.HomeUrl(culture));
    }

    private static IPublishedContent ArabicOnly(Guid key)
    {
        var content = new Mock<IPublishedContent>();
        content.SetupGet(c => c.Key).Returns(key);
        content.SetupGet(c => c.Cultures).Returns(new Dictionary<string, PublishedCultureInfo>(StringComparer.OrdinalIgnoreCase)
        {
            ["ar"] = new("ar", "الكيتامين", "ketamine", DateTime.UtcNow),
        });
        return content.Object;
    }
}
