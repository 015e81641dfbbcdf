using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class BookingTelLinkInvalidRuleTests
{
    private readonly BookingTelLinkInvalidRule _rule = new();

    [Theory]
    [InlineData("Call <a href=\"tel:020 7946 0123\">020 7946 0123</a> to book.", "tel:020")]
    [InlineData("Call tel:02079460123 to book.", "tel:02079460123")]
    [InlineData("Call <a href=\"tel:+44-20-CALL-US\">us</a> to book.", "tel:+44-20-CALL-US")]
    [InlineData("Call <a href=\"tel:\">us</a> to book.", "tel:")]
    public void Check_MalformedTelLink_Blocks(string text, string link)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(text: text))));

        Assert.Equal("booking-tel-link-invalid", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("bookingCallout.text", finding.Property);
        Assert.Contains(link, finding.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid international number", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TelLinkToAnotherNumber_BlocksNamingBoth()
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(text: "Call <a href=\"tel:+442079460999\">us</a> to book."))));

        Assert.Contains("tel:+442079460999", finding.Message, StringComparison.Ordinal);
        Assert.Contains("+442079460123", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Call <a href=\"tel:+442079460123\">020 7946 0123</a> to book.")]
    [InlineData("Call <a href='tel:+44-20-7946-0123'>020 7946 0123</a> to book.")]
    [InlineData("Call tel:+44.20.7946.0123.")]
    [InlineData("Call <a href=\"tel:+44%2020%207946%200123\">us</a>.")]
    [InlineData("Call <a href=\"tel:+442079460123;ext=12\">us</a>.")]
    [InlineData("Call us to book an assessment.")]
    public void Check_TelLinkDiallingThePhoneNumberOrNone_FindsNothing(string text) =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(text: text))));

    [Fact]
    public void Check_TelLinkInAccessNote_ReportsThatField() =>
        Assert.Equal("bookingCallout.accessNote", Assert.Single(RuleHarness.Document(_rule, Overview(Callout(accessNote: "For the interpreter line, call tel:02079460123.")))).Property);

    [Fact]
    public void Check_ValidLinkButNoPhoneNumber_LeavesItToBookingPhoneMissing() =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(phone: null, text: "Call <a href=\"tel:+442079460999\">us</a>."))));
}
