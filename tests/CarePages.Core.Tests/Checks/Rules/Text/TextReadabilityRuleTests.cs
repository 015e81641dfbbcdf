using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class TextReadabilityRuleTests
{
    private const string HardEnglish =
        "<p>Pharmacological interventions utilising ketamine administration necessitate comprehensive multidisciplinary evaluation, "
        + "considering contraindications, concomitant medications, psychiatric comorbidities and cardiovascular instability, prior to "
        + "initiating intranasal or intramuscular therapeutic protocols for refractory neuropathic conditions.</p>";

    private const string EasyEnglish =
        "<p>You can have the medicine as a spray in your nose. A nurse will show you how to use it.</p>"
        + "<p>You may feel sleepy for a short time. This is normal. Rest at home for the rest of the day. Call us if you feel unwell.</p>";

    private const string HardSpanish =
        "<p>La administración intranasal o intramuscular de ketamina en pacientes con dolor neuropático refractario requiere una "
        + "valoración multidisciplinar exhaustiva que considere contraindicaciones, medicaciones concomitantes, comorbilidades "
        + "psiquiátricas e inestabilidad cardiovascular antes de empezar el tratamiento.</p>";

    private const string HardFrench =
        "<p>L'administration intranasale ou intramusculaire de kétamine chez les patients souffrant de douleurs neuropathiques "
        + "réfractaires nécessite une évaluation pluridisciplinaire approfondie tenant compte des contre-indications, des médicaments "
        + "concomitants, des comorbidités psychiatriques et de l'instabilité cardiovasculaire.</p>";

    private const string HardGerman =
        "<p>Die intranasale oder intramuskuläre Verabreichung von Ketamin bei Patientinnen und Patienten mit therapierefraktären "
        + "neuropathischen Schmerzen erfordert eine umfassende interdisziplinäre Beurteilung unter Berücksichtigung von "
        + "Kontraindikationen, Begleitmedikationen, psychiatrischen Komorbiditäten und kardiovaskulärer Instabilität.</p>";

    private const string HardArabic =
        "<p>يستلزم إعطاء الكيتامين عن طريق الأنف أو العضل للمرضى المصابين بالآلام العصبية المستعصية تقييمًا متعدد التخصصات "
        + "يأخذ بالاعتبار موانع الاستعمال والأدوية المتزامنة والاضطرابات النفسية المصاحبة واضطرابات القلب والأوعية الدموية "
        + "والاستعدادات الوراثية والتداخلات الدوائية المحتملة والمضاعفات التنفسية.</p>";

    private readonly TextReadabilityRule _rule = new();

    [Fact]
    public void Check_HardEnglish_SaysPatientsMayFindItHardThenGradeAndTarget()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, HardEnglish));

        Assert.Equal("text-readability", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["3.1.5"], finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Equal("body", finding.Property);
        Assert.Matches(@"^Many patients may find this text hard to read \(Flesch–Kincaid grade \d+(\.\d)?, target 8 or lower\)\.$", finding.Message);
        Assert.Equal("Flesch–Kincaid grade level", finding.Arguments["formula"]);
        Assert.Contains("30 words in all", finding.Hint, StringComparison.Ordinal);
        Assert.StartsWith("Pharmacological", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EasyEnglish_FindsNothing() =>
        Assert.Empty(RuleHarness.RichText(_rule, EasyEnglish));

    [Fact]
    public void Check_HardTextUnderMinWords_IsNotScored() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<p>Pharmacological interventions necessitate comprehensive multidisciplinary evaluation.</p>"));

    [Fact]
    public void Check_EnglishMaxGradeRaised_AcceptsHarderText()
    {
        var options = new CheckOptions { Rules = { ["text-readability"] = new CheckRuleSettings { Parameters = { ["englishMaxGrade"] = "60" } } } };

        Assert.Empty(RuleHarness.RichText(_rule, HardEnglish, options: options));
    }

    [Fact]
    public void Check_HardSpanish_ReportsInfleszWithFernandezHuertaInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, HardSpanish, culture: "es-ES", uiCulture: "es"));

        Assert.Matches(@"^Puede que a muchos pacientes les cueste leer este texto \(INFLESZ -?\d+(\.\d)?; objetivo: 55 o más; Fernández-Huerta -?\d+(\.\d)?\)\.$", finding.Message);
        Assert.Equal("INFLESZ (Szigriszt-Pazos)", finding.Arguments["formula"]);
        Assert.Equal("es-ES", finding.Culture);
    }

    [Fact]
    public void Check_HardFrench_ReportsKandelMoles()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, HardFrench, culture: "fr-FR"));

        Assert.StartsWith("Many patients may find this text hard to read (Kandel–Moles ", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Kandel–Moles", finding.Arguments["formula"]);
    }

    [Fact]
    public void Check_HardGerman_ReportsAmstadInGerman() =>
        Assert.StartsWith(
            "Vielen Patientinnen und Patienten dürfte dieser Text schwerfallen (Amstad ",
            Assert.Single(RuleHarness.RichText(_rule, HardGerman, culture: "de-DE", uiCulture: "de")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Check_HardArabic_ReportsOsmanInArabic()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, HardArabic, culture: "ar", uiCulture: "ar"));

        Assert.StartsWith("قد يجد كثير من المرضى صعوبة في قراءة هذا النص (مؤشر OSMAN", finding.Message, StringComparison.Ordinal);
        Assert.Contains("60", finding.Message, StringComparison.Ordinal);
        Assert.Equal("OSMAN", finding.Arguments["formula"]);
    }

    [Fact]
    public void Check_ListItemsWithoutFullStops_EndSentences()
    {
        // 36 short words; read as one sentence they would score grade 14 or so.
        var html = "<h3>Before your treatment</h3><ul><li>Do not eat for six hours</li><li>You can drink water until two hours before</li>"
            + "<li>Bring a list of your medicines</li><li>Ask someone to take you home</li><li>Do not drive for the rest of the day</li></ul>";

        Assert.Empty(RuleHarness.RichText(_rule, html));
    }

    [Fact]
    public void Check_Table_IsNotProse() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<table><tr><td>" + HardEnglish + "</td></tr></table><p>Call us.</p>"));

    [Fact]
    public void Check_Page_ScoresOnlyTheMainContent()
    {
        var page = "<!DOCTYPE html><html lang=\"en\"><body><nav>" + HardEnglish + "</nav><main>" + EasyEnglish + "</main><footer>" + HardEnglish + "</footer></body></html>";

        Assert.Empty(RuleHarness.Page(_rule, page));
        Assert.Single(RuleHarness.Page(_rule, page.Replace(EasyEnglish, HardEnglish, StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_PageWithoutMain_SkipsHeaderFooterAndNavigation()
    {
        var page = "<!DOCTYPE html><html lang=\"en\"><body><header>" + HardEnglish + "</header>" + EasyEnglish + "<aside>" + HardEnglish + "</aside></body></html>";

        Assert.Empty(RuleHarness.Page(_rule, page));
    }

    [Fact]
    public void Check_MultilineTextField_ScoresEachLineAsASentence()
    {
        var document = OneFieldDocument.With("summary", Core.Schema.FieldKind.MultilineText, HardEnglish[3..^4]);

        var finding = Assert.Single(RuleHarness.Document(_rule, document));

        Assert.Equal("summary", finding.Property);
    }
}
