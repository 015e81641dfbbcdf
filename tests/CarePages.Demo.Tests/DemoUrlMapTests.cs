using CarePages.Core.SampleContent;
using CarePages.Demo.Site;

namespace CarePages.Demo.Tests;

public class DemoUrlMapTests
{
    private static readonly DemoUrlMap Map = new(SampleClinic.Documents, SampleClinic.SourceCulture);
    private static readonly Guid IntranasalRoute = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    [Fact]
    public void UrlOf_SpanishChild_NestsUnderItsParentsSpanishSlug()
    {
        Assert.Equal(SampleUrls.SpanishIntranasalRoute, Map.UrlOf(IntranasalRoute, "es-ES"));
    }

    [Fact]
    public void UrlOf_ArabicPage_UsesTheEnglishSlugUnderTheArabicSegment()
    {
        Assert.Equal(SampleUrls.ArabicIntranasalRoute, Map.UrlOf(IntranasalRoute, "ar"));
    }

    [Fact]
    public void Resolve_UppercaseWithTrailingSlash_FindsTheSamePage()
    {
        Assert.Equal((IntranasalRoute, "es-ES"), Map.Resolve(SampleUrls.SpanishIntranasalRoute.ToUpperInvariant() + "/"));
    }

    [Fact]
    public void Pages_SampleClinic_GivesEveryDocumentInEveryCultureItsOwnUrl()
    {
        var expected = SampleClinic.Documents.Sum(d => d.Cultures.Count());

        Assert.Equal(expected, Map.Pages.Select(p => p.Url).Distinct().Count());
    }
}
