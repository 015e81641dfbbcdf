using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkTextUrlRuleTests
{
    private readonly LinkTextUrlRule _rule = new();

    [Theory]
    [InlineData("https://www.nhs.uk/conditions/complex-regional-pain-syndrome/")]
    [InlineData("www.clinicasanmartin.es/servicios/dolor")]
    [InlineData("clinicasanmartinmadrid.com/contacto")]
    [InlineData("http://example.org/leaflets?id=42")]
    public void Check_LongAddressAsLinkText_Warns(string text)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<a href=\"{text}\">{text}</a>").Of("link-text-url"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["2.4.4"], finding.Wcag);
        Assert.Contains("web address", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhs.uk")]
    [InlineData("www.clinica.es")]
    [InlineData("https://111.nhs.uk")]
    [InlineData("NHS 111 online")]
    [InlineData("citas-clinica-san-martin@example.es")]
    [InlineData("Complex regional pain syndrome on nhs.uk")]
    public void Check_ShortAddressWordsOrEmail_FindsNothing(string text) =>
        Assert.Empty(RuleHarness.RichText(_rule, $"<a href=\"https://example.org\">{text}</a>").Of("link-text-url"));

    [Fact]
    public void Check_MinLengthLoweredInSettings_ReportsShortAddresses()
    {
        var options = new CheckOptions { Rules = { ["link-text-url"] = new CheckRuleSettings { Parameters = { ["minLength"] = "10" } } } };

        Assert.Single(RuleHarness.RichText(_rule, "<a href=\"https://111.nhs.uk\">https://111.nhs.uk</a>", options: options).Of("link-text-url"));
    }

    [Fact]
    public void Check_GermanUi_MessageInGerman()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"/x\">https://www.rki.de/DE/Themen/Infektionskrankheiten/Grippe</a>", "de-DE", uiCulture: "de").Of("link-text-url"));

        Assert.Contains("Webadresse", finding.Message, StringComparison.Ordinal);
    }
}
