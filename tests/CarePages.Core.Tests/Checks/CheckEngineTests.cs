using System.Text;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks;

public class CheckEngineTests
{
    private static readonly CheckRequest English = new() { Culture = "en-GB" };

    [Fact]
    public void CheckRichText_FiveMegabyteField_ReportsItTooLargeWithoutParsing()
    {
        var html = "<p>" + new string('a', 5 * 1024 * 1024) + "</p>";

        var finding = Assert.Single(CheckEngine.CreateDefault().CheckRichText(html, English, "howItWorks").Findings);

        Assert.Equal("input-too-large", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("howItWorks", finding.Property);
        Assert.Contains("5,242,887 characters", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void CheckRichText_TenThousandLevelsOfNesting_ReportsItTooDeepInsteadOfOverflowing(string tag)
    {
        var html = string.Concat(Enumerable.Repeat($"<{tag}>", 10_000)) + "text" + string.Concat(Enumerable.Repeat($"</{tag}>", 10_000));

        var report = CheckEngine.CreateDefault().CheckRichText(html, English);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("input-nesting-too-deep", FindingSeverity.Block), (finding.RuleId, finding.Severity));
        Assert.Contains("more than 256 levels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPage_BinaryJunk_FinishesWithoutException()
    {
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);

        var report = CheckEngine.CreateDefault().CheckPage(Encoding.Latin1.GetString(bytes), English);

        Assert.NotNull(report);
    }

    [Theory]
    [InlineData("<p><img src=x></img></p></div></table><td>")]
    [InlineData("<table><tr><td><p><ul><li><h2></table>")]
    [InlineData("<<<>>><!-- unterminated")]
    public void CheckRichText_MalformedHtml_IsCheckedAsBrowsersWouldRepairIt(string html)
    {
        var report = RuleHarness.Engine(new ImageAltMissingRule()).CheckRichText(html, English);

        Assert.Equal(html.Contains("<img", StringComparison.Ordinal), report.Findings.Any(f => f.RuleId == "image-alt-missing"));
    }

    [Fact]
    public void CheckRichText_MalformedCulture_ReportsItAndChecksNothingElse()
    {
        var finding = Assert.Single(CheckEngine.CreateDefault().CheckRichText("<img src=a.jpg>", new CheckRequest { Culture = "not a culture!" }).Findings);

        Assert.Equal("culture-invalid", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
    }

    [Fact]
    public void CheckRichText_WellFormedButUnknownCulture_SaysSoAndStillRunsLanguageFreeRules()
    {
        var report = RuleHarness.Engine(new ImageAltMissingRule()).CheckRichText("<img src=a.jpg>", new CheckRequest { Culture = "qaa-x-clinic" });

        Assert.Contains(report.Findings, f => f.RuleId == "culture-unsupported" && f.Severity == FindingSeverity.Info);
        Assert.Contains(report.Findings, f => f.RuleId == "image-alt-missing");
    }

    [Fact]
    public void CheckRichText_RuleThatThrows_BecomesAWarningAndOtherRulesStillRun()
    {
        var engine = new CheckEngine(new CheckRuleSetBuilder().Add(new ThrowingRule()).Add(new ImageAltMissingRule()).Build());

        var report = engine.CheckRichText("<img src=a.jpg>", English);

        Assert.Contains(report.Findings, f => f.RuleId == "rule-failed" && f.Severity == FindingSeverity.Warn && f.Message.Contains("test-throwing", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.RuleId == "image-alt-missing");
    }

    [Fact]
    public void CheckRichText_SameInputTwice_FindingsInTheSameOrder()
    {
        const string html = "<p><img src=b.jpg><img src=a.jpg></p><p><img src=c.jpg></p>";
        var engine = CheckEngine.CreateDefault();

        var first = engine.CheckRichText(html, English).Findings;
        var second = engine.CheckRichText(html, English).Findings;

        Assert.Equal(first, second);
        Assert.Equal(first.OrderBy(f => f, FindingOrder.Instance), first);
        Assert.True(first.Count(f => f.RuleId == "image-alt-missing") == 3);
    }

    [Fact]
    public void CheckRichText_ManyFindingsOfOneRule_KeepsOnlyTheConfiguredMaximum()
    {
        var html = string.Concat(Enumerable.Repeat("<img src=a.jpg>", 500));

        var report = RuleHarness.Engine(new ImageAltMissingRule(), new CheckOptions { MaxFindingsPerRule = 50 }).CheckRichText(html, English);

        Assert.Equal(50, report.Findings.Count);
    }

    [Fact]
    public void CheckDocument_SettingsPerDocumentType_OverrideTheGlobalOnes()
    {
        var options = new CheckOptions
        {
            Rules = { ["image-alt-missing"] = new CheckRuleSettings { Severity = FindingSeverity.Warn } },
            DocumentTypes = { ["carePagesCondition"] = new(StringComparer.OrdinalIgnoreCase) { ["image-alt-missing"] = new CheckRuleSettings { Enabled = false } } },
        };
        var engine = RuleHarness.Engine(new ImageAltMissingRule(), options);

        var route = engine.CheckDocument(DocumentWithImage("carePagesTreatmentRoute"), English).Findings;
        var condition = engine.CheckDocument(DocumentWithImage("carePagesCondition"), English).Findings;

        Assert.Equal(FindingSeverity.Warn, Assert.Single(route).Severity);
        Assert.Empty(condition);
    }

    [Fact]
    public void CheckDocument_ImageInABlockField_NamesTheNestedProperty()
    {
        var document = DocumentWithImage("carePagesTreatmentRoute") with
        {
            Fields =
            [
                new DocumentField
                {
                    Alias = "benefits",
                    Kind = FieldKind.Blocks,
                    Elements = [new DocumentElement(Guid.NewGuid(), "carePagesBenefit", [RichText("text", "<img src=a.jpg>")])],
                },
            ],
        };

        var finding = Assert.Single(RuleHarness.Document(new ImageAltMissingRule(), document));

        Assert.Equal("benefits.text", finding.Property);
    }

    [Fact]
    public void CheckDocument_ChecksDisabled_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(new ImageAltMissingRule(), DocumentWithImage("carePagesTreatmentRoute"), options: new CheckOptions { Enabled = false }));

    private static CultureDocument DocumentWithImage(string contentTypeAlias) => new()
    {
        Key = Guid.NewGuid(),
        ContentTypeAlias = contentTypeAlias,
        Culture = "en-GB",
        Name = "Page",
        Fields = [RichText("howItWorks", "<p><img src=a.jpg></p>")],
    };

    private static DocumentField RichText(string alias, string html) => new() { Alias = alias, Kind = FieldKind.RichText, Text = html, VariesByCulture = true };
}
