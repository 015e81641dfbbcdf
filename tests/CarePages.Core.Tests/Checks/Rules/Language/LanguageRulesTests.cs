using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Language;

namespace CarePages.Core.Tests.Checks.Rules.Language;

public class LanguageRulesTests
{
    private static readonly CheckEngine Engine = new(new CheckRuleSetBuilder().AddRange(LanguageRules.Create()).Build());

    [Fact]
    public void Check_LanguageAndDirectionNestedNearTheDepthLimit_EveryRuleFinishes()
    {
        var html = string.Concat(Enumerable.Repeat("<span lang=\"xx\"><b>نص 25 mg ", 120)) + string.Concat(Enumerable.Repeat("</b></span>", 120));
        var page = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><p>" + html + "</p></body></html>";

        var findings = Engine.CheckPage(page, new CheckRequest { Culture = "ar" }).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "rule-failed" or "input-nesting-too-deep");
        Assert.Contains(findings, f => f.RuleId == "lang-invalid");
        Assert.Contains(findings, f => f.RuleId == "rtl-fragment-not-isolated");
    }
}
