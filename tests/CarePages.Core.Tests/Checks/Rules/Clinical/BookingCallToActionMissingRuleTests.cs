using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class BookingCallToActionMissingRuleTests
{
    private readonly BookingCallToActionMissingRule _rule = new();

    [Theory]
    [InlineData("en-GB", "Appointments", "Our clinic is open on weekdays.")]
    [InlineData("es-ES", "Citas", "La clínica abre de lunes a viernes.")]
    [InlineData("fr-FR", "Rendez-vous", "La clinique est ouverte en semaine.")]
    [InlineData("de-DE", "Termine", "Die Praxis ist werktags geöffnet.")]
    [InlineData("ar", "المواعيد", "العيادة مفتوحة في أيام الأسبوع.")]
    public void Check_NoActionWordsNoPhoneNoUrl_Warns(string culture, string heading, string text)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(heading: heading, text: text, phone: null), culture)));

        Assert.Equal("booking-call-to-action-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal("bookingCallout.text", finding.Property);
    }

    [Theory]
    [InlineData("en-GB", "Appointments", "Please call us to arrange a visit.")]
    [InlineData("en-GB", "Book an appointment", "Our clinic is open on weekdays.")]
    [InlineData("es-ES", "Citas", "Llámenos para pedir cita.")]
    [InlineData("es-ES", "Pida cita", "La clínica abre de lunes a viernes.")]
    [InlineData("fr-FR", "Rendez-vous", "Appelez-nous pour prendre rendez-vous.")]
    [InlineData("de-DE", "Termine", "Rufen Sie uns an, um einen Termin zu vereinbaren.")]
    [InlineData("ar", "المواعيد", "اتصل بنا لحجز موعد.")]
    [InlineData("ar", "المواعيد", "فاتصلوا بنا.")]
    public void Check_ActionWords_FindsNothing(string culture, string heading, string text) =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: heading, text: text, phone: null), culture)));

    [Fact]
    public void Check_NoActionWordsButAPhoneNumberOrBookingUrl_FindsNothing()
    {
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: "Appointments", text: "We are open on weekdays."))));
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: "Appointments", text: "We are open on weekdays.", phone: null, url: "/book"))));
    }

    [Fact]
    public void Check_ButtonTextWithActionWord_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: "Appointments", text: "We are open on weekdays.", phone: null, button: "Book online"))));

    [Fact]
    public void Check_LanguageWithoutTheWordList_IsSkipped() =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: "Afspraken", text: "Wij zijn open.", phone: null), "nl-NL")).Of("booking-call-to-action-missing"));
}
