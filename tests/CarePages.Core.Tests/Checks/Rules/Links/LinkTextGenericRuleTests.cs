using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkTextGenericRuleTests
{
    private readonly LinkTextGenericRule _rule = new();

    [Theory]
    [InlineData("en-GB", "click here")]
    [InlineData("en-GB", "Read more…")]
    [InlineData("en-GB", "» More")]
    [InlineData("en-GB", "HERE")]
    [InlineData("en-GB", "Learn more.")]
    [InlineData("es-ES", "Haga clic aquí")]
    [InlineData("es-ES", "Leer más")]
    [InlineData("es-ES", "más información")]
    [InlineData("es-ES", "aqui")]
    [InlineData("fr-FR", "Cliquez ici")]
    [InlineData("fr-FR", "En savoir plus")]
    [InlineData("fr-FR", "Lire la suite »")]
    [InlineData("fr-FR", "Plus d’informations")]
    [InlineData("de-DE", "Hier")]
    [InlineData("de-DE", "Weiterlesen")]
    [InlineData("de-DE", "Mehr erfahren")]
    [InlineData("de-DE", "Hier klicken!")]
    [InlineData("ar", "اضغط هنا")]
    [InlineData("ar", "إقرأ المزيد")]
    [InlineData("ar", "هنا")]
    [InlineData("ar", "لمزيد من المعلومات")]
    public void Check_GenericPhraseOfTheContentLanguage_WarnsQuotingIt(string culture, string text)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p>Knee pain. <a href=\"/knee\">{text}</a></p>", culture).Of("link-text-generic"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["2.4.4"], finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Contains(text, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("»")]
    [InlineData("…")]
    public void Check_SymbolOnly_Warns(string text) =>
        Assert.Single(RuleHarness.RichText(_rule, $"<a href=\"/next\">{text}</a>").Of("link-text-generic"));

    [Theory]
    [InlineData("en-GB", "<a href=\"/knee\">Read more about knee pain</a>")]
    [InlineData("en-GB", "<a href=\"/crps\" aria-label=\"Read more about CRPS\">Read more</a>")]
    [InlineData("en-GB", "<a href=\"/x\">hier</a>")]
    [InlineData("en-GB", "<a href=\"/x\"></a>")]
    [InlineData("en-GB", "<a href=\"/x\" hidden>click here</a>")]
    [InlineData("es-ES", "<a href=\"/rodilla\">Más información sobre el dolor de rodilla</a>")]
    [InlineData("fr-FR", "<a href=\"/migraine\">En savoir plus sur la migraine chronique</a>")]
    [InlineData("de-DE", "<a href=\"/knie\">Mehr über Knieschmerzen</a>")]
    [InlineData("ar", "<a href=\"/knee\">اقرأ المزيد عن آلام الركبة</a>")]
    public void Check_DescriptiveEmptyHiddenOrAnotherLanguage_FindsNothing(string culture, string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html, culture).Of("link-text-generic"));

    [Fact]
    public void Check_SpanishPageSpanishUi_MessageInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"/x\">Pulse aquí</a>", "es-ES", uiCulture: "es").Of("link-text-generic"));

        Assert.Contains("no dice adónde lleva", finding.Message, StringComparison.Ordinal);
    }
}
