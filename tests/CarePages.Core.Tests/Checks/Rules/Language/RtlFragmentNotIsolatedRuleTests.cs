using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Language;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Language;

public class RtlFragmentNotIsolatedRuleTests
{
    private readonly RtlFragmentNotIsolatedRule _rule = new();

    [Fact]
    public void Check_ArabicPageAsTheTemplateRendersIt_FindsNothing() =>
        Assert.Empty(RuleHarness.Page(_rule, ArabicRoutePage.With("<p>قد يسبب الكيتامين آثارًا جانبية. اتصل بالرقم <bdi>999</bdi> فورًا.</p>"), "ar"));

    [Theory]
    [InlineData("<p>اتصل بنا على +44 20 7946 0123 لحجز موعد.</p>", "+44 20 7946 0123")]
    [InlineData("<p>الجرعة المعتادة 25 mg في كل فتحة أنف.</p>", "25 mg")]
    [InlineData("<p>يُسمّى الدواء ketamine بالإنجليزية.</p>", "ketamine")]
    [InlineData("<p>اطلب مساعدة عاجلة من NHS 111 أو من طبيبك العام.</p>", "NHS 111")]
    [InlineData("<ul><li>دوار</li><li>جرعة <strong>25 mg</strong> كل ساعة</li></ul>", "25 mg")]
    [InlineData("<p>الرمز <span dir=\"rtl\">A12 345</span> مطلوب.</p>", "A12 345")]
    public void Check_LeftToRightRunInArabicText_WarnsNamingTheRun(string content, string run)
    {
        var finding = Assert.Single(RuleHarness.Page(_rule, ArabicRoutePage.With(content), "ar"));

        Assert.Equal("rtl-fragment-not-isolated", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.3.2"], finding.Wcag);
        Assert.Equal("ar", finding.Culture);
        Assert.EndsWith($"shown in the wrong order: {run}.", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>اتصل بنا على <bdi>+44 20 7946 0123</bdi> لحجز موعد.</p>")]
    [InlineData("<p>اتصل بنا على <span dir=\"ltr\">+44 20 7946 0123</span> لحجز موعد.</p>")]
    [InlineData("<p>الجرعة <span dir=\"auto\">25 mg</span> في كل فتحة أنف.</p>")]
    [InlineData("<p>الجرعة \u206825 mg\u2069 في كل فتحة أنف.</p>")]
    [InlineData("<p>الجرعة \u206625 mg\u2069 في كل فتحة أنف.</p>")]
    [InlineData("<p lang=\"en\" dir=\"ltr\">Ketamine 25 mg nasal spray</p>")]
    [InlineData("<p>Ketamine 25 mg nasal spray</p>")]
    [InlineData("<p>يصيبك الصداع 15 يومًا أو أكثر في الشهر، منذ 14/09/2026.</p>")]
    [InlineData("<p>يصيبك الصداع ١٥ يومًا أو أكثر في الشهر.</p>")]
    [InlineData("<p style=\"display:none\">الجرعة 25 mg</p>")]
    [InlineData("<div hidden><p>الجرعة 25 mg</p></div>")]
    [InlineData("<p dir=\"ltr\">الجرعة 25 mg</p>")]
    public void Check_IsolatedPureLatinOrPlainNumbers_FindNothing(string content) =>
        Assert.Empty(RuleHarness.Page(_rule, ArabicRoutePage.With(content), "ar"));

    [Fact]
    public void Check_PlainNumbersSwitchedOn_ReportsLoneNumbersToo()
    {
        var options = new CheckOptions { Rules = { ["rtl-fragment-not-isolated"] = new CheckRuleSettings { Parameters = { ["plainNumbers"] = "true" } } } };

        var findings = RuleHarness.Page(_rule, ArabicRoutePage.With("<p>يصيبك الصداع 15 يومًا.</p>"), "ar", options);

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains(": 15.", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains(": 14 · 2026.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LeftToRightPage_DoesNotRun() =>
        Assert.Empty(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><body><p>Call +44 20 7946 0123 or see الكيتامين.</p></body></html>", "en-GB"));

    [Fact]
    public void Check_RichTextField_DoesNotRunBecauseDirectionIsDecidedOnThePage() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<p>الجرعة 25 mg</p>", "ar"));

    [Theory]
    [InlineData("ar", "بترتيب خاطئ: 25 mg.")]
    [InlineData("es", "en el orden equivocado: 25 mg.")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var findings = RuleHarness.Engine(_rule).CheckPage(ArabicRoutePage.With("<p>الجرعة 25 mg</p>"), new CheckRequest { Culture = "ar", UiCulture = uiCulture }).Findings;

        Assert.EndsWith(expected, Assert.Single(findings).Message, StringComparison.Ordinal);
    }
}
