using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkTelMalformedRuleTests
{
    private readonly LinkTelMalformedRule _rule = new();

    [Theory]
    [InlineData("<a href=\"tel:+442079460123\">Call <bdi dir=\"ltr\">020 7946 0123</bdi></a>")]
    [InlineData("<a href=\"tel:+442079460123\">+44 (0)20 7946 0123</a>")]
    [InlineData("<a href=\"tel:+34 912 345 678\">912 345 678</a>")]
    [InlineData("<a href=\"tel:+34-912-345-678\">Llámenos</a>")]
    [InlineData("<a href=\"tel:+34%20912%20345%20678\">+34 912 345 678</a>")]
    [InlineData("<a href=\"tel:+1.212.555.0100\">(212) 555-0100</a>")]
    [InlineData("<a href=\"tel:+442079460123;ext=12\">020 7946 0123, extension 12</a>")]
    [InlineData("<a href=\"TEL:+442079460123\">Call the clinic</a>")]
    [InlineData("<a href=\"tel:111\">Call 111</a>")]
    [InlineData("<a href=\"tel:116117\">116 117</a>")]
    [InlineData("<a href=\"tel:111\">Open 24 hours</a>")]
    [InlineData("<a href=\"tel:+442079460123\">اتصل بنا: ٠٢٠ ٧٩٤٦ ٠١٢٣</a>")]
    [InlineData("<a href=\"https://example.org/tel:123\">Contact</a>")]
    public void Check_DialableNumberMatchingItsText_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("link-tel-malformed"));

    [Theory]
    [InlineData("tel:+44 (0)20 7946 0123")]
    [InlineData("tel:0800-DENTIST")]
    [InlineData("tel:+4412")]
    [InlineData("tel:+1234567890123456")]
    [InlineData("tel:+0442079460123")]
    [InlineData("tel:٠٢٠٧٩٤٦٠١٢٣")]
    [InlineData("tel:+44 20 7946 0123 x12")]
    [InlineData("tel:+44+2079460123")]
    [InlineData("tel:+")]
    public void Check_NumberAPhoneCannotDial_Blocks(string href)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<a href=\"{href}\">Call the clinic</a>").Of("link-tel-malformed"));

        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Empty(finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Contains("not a number a phone can dial", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tel:")]
    [InlineData("tel:   ")]
    [InlineData("tel:;ext=12")]
    public void Check_NoNumber_BlocksAsEmpty(string href)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<a href=\"{href}\">Call the clinic</a>").Of("link-tel-malformed"));

        Assert.Contains("has no number", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tel:02079460123")]
    [InlineData("tel:912 345 678")]
    [InlineData("tel:0034912345678")]
    public void Check_NoCountryCode_BlocksAsNational(string href)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<a href=\"{href}\">Call the clinic</a>").Of("link-tel-malformed"));

        Assert.Contains("no country code", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"tel:+442079460123\">020 7946 0999</a>", "+442079460123")]
    [InlineData("<a href=\"tel:+34912345678\">Llame al 913 000 000</a>", "+34912345678")]
    [InlineData("<a href=\"tel:111\">Call 112</a>", "111")]
    public void Check_TextShowsAnotherNumber_BlocksAsMismatch(string html, string number)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html).Of("link-tel-malformed"));

        Assert.Contains($"dials {number}", finding.Message, StringComparison.Ordinal);
        Assert.Contains("different number", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "no tiene número")]
    [InlineData("fr", "n'a pas de numéro")]
    [InlineData("de", "keine Nummer")]
    [InlineData("ar", "بلا رقم")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"tel:\">Call</a>", uiCulture: uiCulture).Of("link-tel-malformed"));

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
