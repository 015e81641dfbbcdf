using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Headings;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class HeadingRulesTests
{
    private static readonly CheckEngine Engine = new(new CheckRuleSetBuilder().AddRange(HeadingRules.Create()).Build());

    [Fact]
    public void Check_HeadingsNestedNearTheDepthLimit_EveryRuleFinishes()
    {
        var html = string.Concat(Enumerable.Repeat("<div><h3>", 120)) + string.Concat(Enumerable.Repeat("</h3></div>", 120));

        var findings = Engine.CheckRichText(html, new CheckRequest { Culture = "en-GB" }, "body").Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "rule-failed" or "input-nesting-too-deep");
        Assert.Contains(findings, f => f.RuleId == "heading-empty");
    }
}
