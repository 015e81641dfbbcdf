using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class RouteTextMismatchRuleTests
{
    private readonly RouteTextMismatchRule _rule = new();

    [Theory]
    [InlineData("en-GB", "<p>Intramuscular ketamine involves injecting the medication directly into a muscle.</p>")]
    [InlineData("es-ES", "<p>La ketamina intramuscular se inyecta directamente en un músculo.</p>")]
    [InlineData("fr-FR", "<p>La kétamine intramusculaire est injectée directement dans un muscle.</p>")]
    [InlineData("de-DE", "<p>Intramuskuläres Ketamin wird direkt in einen Muskel gespritzt.</p>")]
    [InlineData("ar", "<p>يُعطى الكيتامين بالحقن العضلي، إذ يُحقن الدواء مباشرةً في العضل.</p>")]
    public void Check_NasalRouteDescribingAnInjectionIntoAMuscle_BlocksHowItWorks(string culture, string howItWorks)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Route(culture, "Nasal use", howItWorks)));

        Assert.Equal("route-text-mismatch", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("howItWorks", finding.Property);
        Assert.Equal(culture, finding.Culture);
        Assert.Contains("“howItWorks” text describes intramuscular use", finding.Message, StringComparison.Ordinal);
        Assert.Contains("route of administration is intranasal use", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Mismatch_KeepsBothRouteNamesAsPhrasesToShowInAnotherLanguage()
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Route("en-GB", "Nasal use", "<p>Intramuscular ketamine involves injecting the medication directly into a muscle.</p>")));

        var french = finding.Arguments.In(Core.Checks.Messages.CheckMessageCatalogue.BuiltIn, "fr-FR");

        Assert.Equal(
            [new("found", "clinical-route-name.intramuscular"), new KeyValuePair<string, string>("route", "clinical-route-name.intranasal")],
            finding.Arguments.Phrases);
        Assert.Equal("intranasal use (a nasal spray)", finding.Arguments["route"]);
        Assert.Equal(("la voie nasale (un spray dans le nez)", "howItWorks"), (french["route"], french["property"]));
        Assert.Equal(finding.Arguments.Phrases, french.Phrases);
    }

    [Theory]
    [InlineData("<p>يُحقن الدواء في عضله الكتف، فهو حقن عضليه.</p>")]
    [InlineData("<p>يُعطى الدواء بحقن عضلى، ويُكرَّر الحقن العضلى بعد أسبوع.</p>")]
    public void Check_ArabicInjectionTypedWithHehOrAlefMaqsura_BlocksHowItWorks(string howItWorks)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Route("ar", "Nasal use", howItWorks)));

        Assert.Equal("route-text-mismatch", finding.RuleId);
        Assert.Equal("howItWorks", finding.Property);
        Assert.Contains("describes intramuscular use", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "<p>You spray the medicine into your nostrils. It passes through the lining of your nose.</p>")]
    [InlineData("es-ES", "<p>La ketamina intranasal se pulveriza en las fosas nasales.</p>")]
    [InlineData("fr-FR", "<p>La kétamine intranasale est pulvérisée dans les narines.</p>")]
    [InlineData("de-DE", "<p>Sie sprühen das Arzneimittel in die Nase.</p>")]
    [InlineData("ar", "<p>تبخّ الدواء في فتحتي أنفك.</p>")]
    public void Check_NasalRouteDescribingTheSpray_FindsNothing(string culture, string howItWorks) =>
        Assert.Empty(RuleHarness.Document(_rule, Route(culture, "Nasal use", howItWorks)));

    [Theory]
    [InlineData("en-GB", "<p>Unlike an injection into a muscle, the spray does not hurt.</p>")]
    [InlineData("en-GB", "<p>It is a good option when an injection into a muscle is not suitable for you.</p>")]
    [InlineData("es-ES", "<p>A diferencia de la inyección en un músculo, no duele.</p>")]
    [InlineData("fr-FR", "<p>Contrairement à une injection dans un muscle, elle ne fait pas mal.</p>")]
    [InlineData("de-DE", "<p>Anders als eine Spritze in einen Muskel tut es nicht weh.</p>")]
    [InlineData("ar", "<p>هذا الخيار مريح، على عكس الحقن العضلي.</p>")]
    public void Check_OtherRouteOnlyInAComparison_FindsNothing(string culture, string howItWorks) =>
        Assert.Empty(RuleHarness.Document(_rule, Route(culture, "Nasal use", howItWorks)));

    [Fact]
    public void Check_IntramuscularRouteDescribingTheNasalSpray_Blocks()
    {
        var html = "<p>Intranasal ketamine is given as a nasal spray and absorbed through the nasal mucosa.</p>";

        var finding = Assert.Single(RuleHarness.Document(_rule, Route("en-GB", "Intramuscular use", html)));

        Assert.Contains("describes intranasal use", finding.Message, StringComparison.Ordinal);
        Assert.Contains("is intramuscular use", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherRouteClearlyDominatesOwnRoute_Blocks()
    {
        var html = "<p>Intranasal ketamine. Intramuscular ketamine is injected into a muscle, usually in a muscle of your thigh.</p>";

        Assert.Single(RuleHarness.Document(_rule, Route("en-GB", "Nasal use", html)));
    }

    [Fact]
    public void Check_MismatchInABenefit_ReportsTheNestedProperty()
    {
        var document = Route().With(Blocks(TreatmentRouteType.Benefits, Benefit("Precise", "An intramuscular injection goes straight into a muscle.")));

        var finding = Assert.Single(RuleHarness.Document(_rule, document));

        Assert.Equal("benefits.text", finding.Property);
    }

    [Theory]
    [InlineData("es", "la vía intramuscular", "la vía intranasal")]
    [InlineData("fr", "la voie intramusculaire", "la voie nasale")]
    [InlineData("de", "die intramuskuläre Anwendung", "die nasale Anwendung")]
    [InlineData("ar", "الحقن العضلي", "الإعطاء عن طريق الأنف")]
    public void Check_UiLanguage_NamesBothRoutesInThatLanguage(string uiCulture, string found, string route)
    {
        var document = Route("en-GB", "Nasal use", "<p>Intramuscular ketamine is injected into a muscle.</p>");

        var finding = Assert.Single(RuleHarness.Document(_rule, document, new CheckRequest { Culture = "en-GB", UiCulture = uiCulture }));

        Assert.Contains(found, finding.Message, StringComparison.Ordinal);
        Assert.Contains(route, finding.Message, StringComparison.Ordinal);
        Assert.Contains("howItWorks", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownOrMissingRoute_LeavesItToRouteMissing()
    {
        var html = "<p>Intramuscular ketamine is injected into a muscle.</p>";

        Assert.Empty(RuleHarness.Document(_rule, Route("en-GB", "Nasal use", html).With(Choice(TreatmentRouteType.RouteOfAdministration))));
        Assert.Empty(RuleHarness.Document(_rule, Route("en-GB", "Ear use", html)));
    }

    [Fact]
    public void Descriptor_EveryRouteHasWordsInEveryContentLanguage()
    {
        var vocabulary = Core.Checks.Vocabulary.LanguageVocabulary.BuiltIn;
        foreach (var language in new[] { "en", "es", "fr", "de", "ar" })
        {
            Assert.All(RoutesOfAdministration.All, r => Assert.True(vocabulary.Has(language, "route-" + r.Code), language + " " + r.Code));
            Assert.True(vocabulary.Has(language, "route-contrast-cues"), language);
        }
    }
}
