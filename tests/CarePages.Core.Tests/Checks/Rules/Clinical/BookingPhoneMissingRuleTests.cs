using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class BookingPhoneMissingRuleTests
{
    private readonly BookingPhoneMissingRule _rule = new();

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Check_CalloutWithoutPhoneNumber_Blocks(string? phone)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(phone: phone))));

        Assert.Equal("booking-phone-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("bookingCallout.phoneNumber", finding.Property);
        Assert.Contains("no phone number", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("020 7946 0123")]
    [InlineData("+44 20 7946 0123")]
    [InlineData("+0442079460123")]
    [InlineData("+44")]
    [InlineData("tel:+442079460123")]
    public void Check_PhoneNumberNotE164_BlocksAndQuotesIt(string phone)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(phone: phone))));

        Assert.Equal("bookingCallout.phoneNumber", finding.Property);
        Assert.Contains(phone, finding.Message, StringComparison.Ordinal);
        Assert.Contains("E.164", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_E164PhoneNumber_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(phone: "+442079460123"))));

    [Fact]
    public void Check_CalloutInAnotherBlockField_ReportsThatFieldsPath()
    {
        var document = Route().With(Blocks(TreatmentRouteType.BookingCallout)).With(Blocks("sidebar", Callout(phone: null)));

        Assert.Equal("sidebar.phoneNumber", Assert.Single(RuleHarness.Document(_rule, document)).Property);
    }

    [Fact]
    public void Check_NoCallout_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Route()));

    [Fact]
    public void Check_ArabicUi_MessageInArabic()
    {
        var document = Overview(Callout(phone: null));

        var finding = Assert.Single(RuleHarness.Document(_rule, document, new CheckRequest { Culture = "en-GB", UiCulture = "ar" }));

        Assert.Contains("رقم هاتف", finding.Message, StringComparison.Ordinal);
    }
}
