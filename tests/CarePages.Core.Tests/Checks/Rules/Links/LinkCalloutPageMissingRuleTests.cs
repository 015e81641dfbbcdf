using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Ports;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkCalloutPageMissingRuleTests
{
    private static readonly SiteLinks Site = new(new Dictionary<string, SiteLinkStatus>
    {
        ["/en-gb/book"] = SiteLinkStatus.Page,
        ["/es-es/pedir-cita"] = SiteLinkStatus.PageInOtherCulture,
        ["/book"] = SiteLinkStatus.Missing,
    });

    [Theory]
    [InlineData("en", "leads to no page on this site")]
    [InlineData("es", "no lleva a ninguna página de este sitio")]
    [InlineData("fr", "ne mène à aucune page du site")]
    [InlineData("de", "führt zu keiner Seite dieser Website")]
    [InlineData("ar", "لا يؤدي إلى أي صفحة")]
    public void Check_BookingLinkToNoPageOfTheSite_WarnsInTheEditorsLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(Check(Site, "/book?from=callout", uiCulture));

        Assert.Equal("link-callout-page-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal("bookingCallout.bookingUrl", finding.Property);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BookingLinkToAPageInAnotherLanguage_SaysSo()
    {
        var finding = Assert.Single(Check(Site, "/es-es/pedir-cita"));

        Assert.Contains("another language", finding.Message, StringComparison.Ordinal);
        Assert.Contains("en-GB", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en-gb/book")]
    [InlineData("/somewhere-the-site-cannot-tell")]
    [InlineData("https://booking.example/clinic")]
    [InlineData("//elsewhere.example/book")]
    public void Check_PageOfTheSiteUnknownPathOrOtherSite_FindsNothing(string url) =>
        Assert.Empty(Check(Site, url));

    [Fact]
    public void Check_NoResolver_StaysSilentRatherThanGuessing() =>
        Assert.Empty(Check(null, "/book"));

    private static IReadOnlyList<Finding> Check(ISiteLinkResolver? resolver, string url, string uiCulture = "en")
    {
        var engine = new CheckEngine(new CheckRuleSetBuilder().Add(new LinkCalloutPageMissingRule()).Build(), siteLinks: resolver);
        var document = Overview(Callout(url: url, button: "Book online"));
        return engine.CheckDocument(document, new CheckRequest { Culture = document.Culture, UiCulture = uiCulture }).Findings;
    }

    private sealed class SiteLinks(IReadOnlyDictionary<string, SiteLinkStatus> known) : ISiteLinkResolver
    {
        public SiteLinkStatus Resolve(string path, string culture) => known.GetValueOrDefault(path, SiteLinkStatus.Unknown);
    }
}
