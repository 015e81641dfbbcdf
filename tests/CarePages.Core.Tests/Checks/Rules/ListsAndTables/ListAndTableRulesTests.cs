using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.ListsAndTables;

namespace CarePages.Core.Tests.Checks.Rules.ListsAndTables;

public class ListAndTableRulesTests
{
    private static readonly CheckEngine Engine = new(new CheckRuleSetBuilder().AddRange(ListAndTableRules.Create()).Build());

    [Fact]
    public void Check_TablesNestedNearTheDepthLimit_EveryRuleFinishesAndTheOutermostLayoutTableIsReported()
    {
        var html = string.Concat(Enumerable.Repeat("<table><tr><td>", 60)) + "x" + string.Concat(Enumerable.Repeat("</td></tr></table>", 60));

        var findings = Engine.CheckRichText(html, new CheckRequest { Culture = "en-GB" }, "body").Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "rule-failed" or "input-nesting-too-deep");
        Assert.Single(findings, f => f.RuleId == "table-layout");
    }
}
