using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class TextAllCapsRuleTests
{
    private readonly TextAllCapsRule _rule = new();

    [Fact]
    public void Check_RunOfCapitals_WarnsWithTheRunAsSnippet()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p>Please TAKE THIS MEDICINE WITH FOOD every day.</p>"));

        Assert.Equal("text-all-caps", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Empty(finding.Wcag);
        Assert.Equal("TAKE THIS MEDICINE WITH FOOD", finding.Snippet);
        Assert.Equal("Text in capital letters is harder to read, and some screen readers spell it out letter by letter (5 words in a row).", finding.Message);
    }

    [Theory]
    [InlineData("<p>Ask your GP about an MRI or a CT scan on the NHS.</p>")]
    [InlineData("<p>Call NHS 111 or your GP.</p>")]
    [InlineData("<p>STOP NOW PLEASE.</p>")] // three words, under the default four
    [InlineData("<p>I AM A B.</p>")] // single capitals neither count nor break
    public void Check_AcronymsAndShortRuns_FindNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_NumbersAndSingleCapitals_DoNotBreakARun() =>
        Assert.Equal("CALL 999 IF YOU FEEL UNWELL", Assert.Single(RuleHarness.RichText(_rule, "<p>CALL 999 IF YOU FEEL UNWELL.</p>")).Snippet);

    [Fact]
    public void Check_TwoRunsInOneParagraph_ReportsEach() =>
        Assert.Equal(2, RuleHarness.RichText(_rule, "<p>DO NOT DRIVE TODAY. You can rest. DO NOT DRINK ALCOHOL.</p>").Count);

    [Fact]
    public void Check_SpanishWithAccents_MessageInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p>ATENCIÓN: NO CONDUZCA DESPUÉS DEL TRATAMIENTO.</p>", culture: "es-ES", uiCulture: "es"));

        Assert.Equal("ATENCIÓN: NO CONDUZCA DESPUÉS DEL TRATAMIENTO", finding.Snippet);
        Assert.EndsWith("(6 palabras seguidas).", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("El texto en mayúsculas se lee peor", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>BITTE NICHT MIT ALKOHOL EINNEHMEN.</p>", "BITTE NICHT MIT ALKOHOL EINNEHMEN")]
    [InlineData("<p>GROßE VORSICHT BEI ÜBELKEIT.</p>", "GROßE VORSICHT BEI ÜBELKEIT")] // ß has no capital in common use
    public void Check_GermanWithUmlautsAndEszett_Warns(string html, string snippet) =>
        Assert.Equal(snippet, Assert.Single(RuleHarness.RichText(_rule, html, culture: "de-DE")).Snippet);

    [Theory]
    [InlineData("<p>ΠΡΟΣΟΧΗ ΜΗΝ ΟΔΗΓΕΙΤΕ ΣΗΜΕΡΑ.</p>", "el-GR")]
    [InlineData("<p>НЕ ПРИНИМАЙТЕ ЭТО ЛЕКАРСТВО.</p>", "ru-RU")]
    public void Check_GreekAndCyrillicCapitals_Warn(string html, string culture) =>
        Assert.Single(RuleHarness.RichText(_rule, html, culture: culture).Of("text-all-caps"));

    [Fact]
    public void Check_Arabic_HasNoCaseSoNeverFires() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<p>لا تقد السيارة ولا تستخدم الآلات بعد العلاج.</p>", culture: "ar"));

    [Fact]
    public void Check_MinWordsLowered_ReportsShorterRuns()
    {
        var options = new CheckOptions { Rules = { ["text-all-caps"] = new CheckRuleSettings { Parameters = { ["minWords"] = "3" } } } };

        Assert.Single(RuleHarness.RichText(_rule, "<p>STOP NOW PLEASE.</p>", options: options));
    }

    [Fact]
    public void Check_HeadingInCapitals_Warns() =>
        Assert.Equal("WHEN TO SEE A GP", Assert.Single(RuleHarness.RichText(_rule, "<h3>WHEN TO SEE A GP</h3><p>See a GP if the pain gets worse.</p>")).Snippet);
}
