using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class TextRulesTests
{
    public static TheoryData<string> OddMarkup() => new()
    {
        string.Empty,
        "<p></p><p>   </p>",
        string.Concat(Enumerable.Repeat("<div style=\"color:#aaa; line-height:1 !important\">", 250)) + "DEEP TEXT IN CAPITALS HERE" + string.Concat(Enumerable.Repeat("</div>", 250)),
        "<p style=\"color:; background: rgb(; font-size: calc(; letter-spacing: !important; line-height: -1 !important\">Broken styles</p>",
        "<p style=\"background: url(data:image/png;base64,AAAA); color: #zzzzzz\">Data URL</p>",
        "<p>" + new string('A', 5000) + " " + string.Concat(Enumerable.Repeat("word. ", 2000)) + "</p>",
        "<p>. . . ! ? … ؟ ¿¡</p><ul><li></li></ul><table><tr><td>ONLY IN A TABLE CELL HERE</td></tr></table>",
    };

    [Theory]
    [MemberData(nameof(OddMarkup))]
    public void Check_OddOrDeepMarkup_NoRuleFails(string html)
    {
        var engine = new CheckEngine(new CheckRuleSetBuilder().AddRange(TextRules.Create()).Build());

        var findings = engine.CheckRichText(html, new CheckRequest { Culture = "en-GB" }, "body").Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "rule-failed" or "input-nesting-too-deep");
    }

    [Fact]
    public void Create_EveryRule_IsAWarningWithItsParametersDocumented()
    {
        var rules = TextRules.Create().ToList();

        Assert.Equal(
            ["text-readability", "text-sentence-long", "text-all-caps", "style-contrast-low", "style-letter-spacing", "style-word-spacing", "style-line-height"],
            rules.Select(r => r.Descriptor.Id));
        Assert.All(rules, r => Assert.Equal(FindingSeverity.Warn, r.Descriptor.DefaultSeverity));
        Assert.All(rules.SelectMany(r => r.Descriptor.Parameters), p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
        Assert.All(rules.Where(r => r.Descriptor.ActRule is not null), r => Assert.NotNull(r.Descriptor.ActLimitation));
    }

    [Fact]
    public void Check_PlainTextFieldInCapitals_Warns()
    {
        var document = OneFieldDocument.With("pageTitle", Core.Schema.FieldKind.PlainText, "KETAMINE TREATMENT FOR LONG-TERM PAIN");

        var finding = Assert.Single(RuleHarness.Document(new TextAllCapsRule(), document));

        Assert.Equal("pageTitle", finding.Property);
    }
}
