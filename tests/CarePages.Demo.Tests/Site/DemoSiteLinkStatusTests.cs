using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Demo.Site;

namespace CarePages.Demo.Tests.Site;

public class DemoSiteLinkStatusTests
{
    private static readonly DemoSite Site = new(SampleClinic.Documents);

    [Theory]
    [InlineData(SampleUrls.SpanishIntranasalRoute, "es-ES", SiteLinkStatus.Page)]
    [InlineData("/es-es/", "es-ES", SiteLinkStatus.Page)]
    [InlineData("/", "ar", SiteLinkStatus.Page)]
    [InlineData(SampleUrls.EnglishIntranasalRoute, "ar", SiteLinkStatus.PageInOtherCulture)]
    [InlineData("/book", "en-GB", SiteLinkStatus.Missing)]
    [InlineData("/ar/book", "ar", SiteLinkStatus.Missing)]
    [InlineData("/demo/clinic-logo.svg", "en-GB", SiteLinkStatus.Unknown)]
    [InlineData("/editor-preview", "en-GB", SiteLinkStatus.Unknown)]
    public void LinkStatus_SitePath_SaysWhereItLeadsForThatCulture(string path, string culture, SiteLinkStatus expected)
    {
        Assert.Equal(expected, Site.LinkStatus(path, culture));
    }
}
