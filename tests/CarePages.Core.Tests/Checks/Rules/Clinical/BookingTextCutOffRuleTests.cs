using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class BookingTextCutOffRuleTests
{
    private readonly BookingTextCutOffRule _rule = new();

    [Theory]
    [InlineData("en-GB", "Please call us to ensure", "ensure")]
    [InlineData("en-GB", "Call us to book an assessment and", "and")]
    [InlineData("en-GB", "Call us about your.", "your")]
    [InlineData("es-ES", "Llámenos para", "para")]
    [InlineData("es-ES", "Llámenos para pedir una cita de", "de")]
    [InlineData("fr-FR", "Appelez-nous pour", "pour")]
    [InlineData("fr-FR", "Appelez-nous pour prendre rendez-vous et", "et")]
    [InlineData("de-DE", "Rufen Sie uns an, um", "um")]
    [InlineData("de-DE", "Rufen Sie uns an und", "und")]
    [InlineData("ar", "اتصل بنا ل", "ل")]
    [InlineData("ar", "اتصل بنا لحجز موعد و", "و")]
    public void Check_TextEndingWithAWordThatCannotEndASentence_BlocksNamingIt(string culture, string text, string word)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(text: text), culture)));

        Assert.Equal("booking-text-cut-off", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("bookingCallout.text", finding.Property);
        Assert.Contains("“" + word + "”", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Call us to book an assessment")]
    [InlineData("es-ES", "Llámenos para pedir una cita")]
    [InlineData("fr-FR", "Appelez-nous pour prendre rendez-vous")]
    [InlineData("de-DE", "Rufen Sie uns an, um einen Termin zu vereinbaren")]
    [InlineData("ar", "اتصل بنا لحجز موعد")]
    public void Check_TextWithoutSentenceEnd_Blocks(string culture, string text)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(text: text), culture)));

        Assert.Equal("bookingCallout.text", finding.Property);
        Assert.Contains("without finishing its sentence", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Call us to book an assessment.")]
    [InlineData("en-GB", "Call us if you would like to.")]
    [InlineData("en-GB", "Ask for “an interpreter.”")]
    [InlineData("en-GB", "Call us (we answer weekdays.)\n")]
    [InlineData("es-ES", "Llámenos para pedir una cita.")]
    [InlineData("es-ES", "¿Tiene dudas? ¡Llámenos!")]
    [InlineData("fr-FR", "Appelez-nous pour prendre rendez-vous.")]
    [InlineData("fr-FR", "Des questions ? Appelez-nous !")]
    [InlineData("de-DE", "Rufen Sie uns an.")]
    [InlineData("de-DE", "Wir rufen Sie gern zurück.")]
    [InlineData("ar", "اتصل بنا لحجز موعد.")]
    [InlineData("ar", "هل لديك سؤال؟")]
    public void Check_FinishedSentence_FindsNothing(string culture, string text) =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(text: text), culture)));

    [Theory]
    [InlineData("en-GB", "Book an", "an")]
    [InlineData("es-ES", "Pida cita para", "para")]
    [InlineData("fr-FR", "Prenez rendez-vous avec", "avec")]
    [InlineData("de-DE", "Termin vereinbaren für", "für")]
    [InlineData("ar", "احجز موعدًا مع", "مع")]
    public void Check_HeadingEndingWithAWordThatCannotEndIt_Blocks(string culture, string heading, string word)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Overview(Callout(heading: heading, text: "Call us."), culture)));

        Assert.Equal("bookingCallout.heading", finding.Property);
        Assert.Contains(word, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Book an appointment")]
    [InlineData("What to bring with you")]
    [InlineData("Who to talk to")]
    public void Check_HeadingWithoutFullStop_FindsNothing(string heading) =>
        Assert.Empty(RuleHarness.Document(_rule, Overview(Callout(heading: heading))));

    [Fact]
    public void Check_CutOffAccessNote_Blocks() =>
        Assert.Equal("bookingCallout.accessNote", Assert.Single(RuleHarness.Document(_rule, Overview(Callout(accessNote: "We can book an interpreter for")))).Property);

    [Fact]
    public void Check_SpanishUi_MessageInSpanish()
    {
        var document = Overview(Callout(text: "Please call us to ensure"));

        var finding = Assert.Single(RuleHarness.Document(_rule, document, new CheckRequest { Culture = "en-GB", UiCulture = "es-ES" }));

        Assert.Contains("a mitad de frase", finding.Message, StringComparison.Ordinal);
    }
}
