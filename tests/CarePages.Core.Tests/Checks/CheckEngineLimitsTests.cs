using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.Rules.Clinical;

namespace CarePages.Core.Tests.Checks;

/// <summary>
/// The attacks of issue 15, item 3 on the check engine, with generated input: each is refused at once when over a limit,
/// and checked (with the findings a reader would expect) when within it. How long they take is measured in
/// CarePages.Benchmarks (LargeInputBenchmarks), not here.
/// </summary>
public sealed class CheckEngineLimitsTests
{
    private static readonly CheckRequest English = new() { Culture = "en-GB" };

    [Fact]
    public void CheckRichText_450KilobytesOfLineBreaks_RefusedAsTooLargeBeforeParsing()
    {
        var html = string.Concat(Enumerable.Repeat("x<br>", 90_000));

        var finding = Assert.Single(CheckEngine.CreateDefault().CheckRichText(html, English, "howItWorks").Findings);

        Assert.Equal(("input-too-large", FindingSeverity.Block, "howItWorks"), (finding.RuleId, finding.Severity, finding.Property));
        Assert.Contains("450,000 characters; the limit is 200,000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRichText_TwoThousandTypedBulletLines_FindsTheFakeList()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("- take one tablet<br>", 2_000)) + "</p>";

        var findings = CheckEngine.CreateDefault().CheckRichText(html, English, "howItWorks").Findings;

        var list = Assert.Single(findings, f => f.RuleId == "list-fake");
        Assert.Contains("the 2000 lines start with", list.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId is "input-too-large" or "rule-failed");
    }

    [Fact]
    public void CheckRichText_ThousandsOfBoldParagraphsBeforeText_ReportsFakeHeadingsUpToTheCap()
    {
        var html = string.Concat(Enumerable.Repeat("<p><strong>Side effects</strong></p><p>You may feel dizzy.</p>", 1_000));

        var findings = CheckEngine.CreateDefault().CheckRichText(html, English, "sideEffects").Findings;

        Assert.Equal(new CheckOptions().MaxFindingsPerRule, findings.Count(f => f.RuleId == "heading-fake"));
    }

    [Fact]
    public void CheckDocument_FieldsTogetherOverTheDocumentLimit_OneClearFindingAndNothingParsed()
    {
        var paragraph = string.Concat(Enumerable.Repeat("<p>Ketamine may ease long-term pain.</p>", 4_500));
        var document = ClinicalTestDocuments.Route(howItWorks: paragraph)
            .With(ClinicalTestDocuments.Rich(TreatmentRouteType.SideEffects, paragraph))
            .With(ClinicalTestDocuments.TextField(PageBasicsComposition.Summary, string.Concat(Enumerable.Repeat("Long summary. ", 10_000)), FieldKind.MultilineText));

        var finding = Assert.Single(CheckEngine.CreateDefault().CheckDocument(document, English).Findings);

        Assert.Equal(("input-document-too-large", FindingSeverity.Block), (finding.RuleId, finding.Severity));
        Assert.Null(finding.Property);
        Assert.Contains("the limit is 500,000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDocument_PlainTextSummaryOf19Megabytes_RefusedAsTooLargeWhileTheOtherFieldsAreChecked()
    {
        var document = ClinicalTestDocuments.Route()
            .With(ClinicalTestDocuments.TextField(PageBasicsComposition.Summary, string.Concat(Enumerable.Repeat("dose ", 3_900_000)), FieldKind.MultilineText));

        var findings = CheckEngine.CreateDefault().CheckDocument(document, English).Findings;

        var tooLarge = Assert.Single(findings, f => f.RuleId == "input-too-large");
        Assert.Equal(PageBasicsComposition.Summary, tooLarge.Property);
        Assert.DoesNotContain(findings, f => f.RuleId == "input-document-too-large");
    }

    [Fact]
    public void CheckDocument_DocumentLimitFromSettings_IsTheOneApplied()
    {
        var engine = CheckEngine.CreateDefault(new CheckOptions { MaxDocumentLength = 20 });

        var finding = Assert.Single(engine.CheckDocument(ClinicalTestDocuments.Route(), English).Findings);

        Assert.Equal("input-document-too-large", finding.RuleId);
        Assert.Contains("the limit is 20)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCulture_CancelledToken_StopsWithCancellationRatherThanARuleFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var document = ClinicalTestDocuments.Route();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CheckEngine.CreateDefault().CheckCulture(_ => document, "en-GB", "en-GB", "en", cancelled.Token));
    }

    [Fact]
    public void CheckRichText_CancelledToken_StopsWithCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CheckEngine.CreateDefault().CheckRichText("<p>Text</p>", English with { CancellationToken = cancelled.Token }));
    }

    [Fact]
    public void Validate_DocumentLimitBelowOne_NamesTheSetting()
    {
        var errors = CheckOptionsValidator.Validate(new CheckOptions { MaxDocumentLength = 0 }, CheckRuleSetBuilder.WithBuiltInRules().Build());

        Assert.Contains("CarePages:Checks:MaxDocumentLength must be at least 1.", errors);
    }
}
