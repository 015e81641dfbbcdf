using System.Text;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslationImportLimitsTests
{
    [Fact]
    public async Task Import_MarkdownWithA19MegabytePlainTextField_RefusedNamingTheFieldAndTheLimitAndNothingSaved()
    {
        var fixture = new ExchangeFixture();
        var markdown = File(await fixture.ExportRouteAsync(ExchangeFormat.Markdown));
        var huge = new StringBuilder(19_500_000).Insert(0, "dose ", 3_900_000).ToString();

        var report = await fixture.ImportAsync(markdown.Replace("\nketamine\n", "\n" + huge + "\n", StringComparison.Ordinal));

        Assert.Equal(TranslationImportStatus.NothingApplied, report.Status);
        var refused = Assert.Single(report.Documents.Single().Fields, f => f.Outcome == FieldImportOutcome.Rejected);
        Assert.Matches(@"holds 19,50\d,\d{3} characters", refused.Reason!);
        Assert.Contains("limit of 200,000", refused.Reason!, StringComparison.Ordinal);
        await AssertNothingSavedAsync(fixture);
    }

    [Fact]
    public async Task Import_XliffFieldLongerThanTheConfiguredLimit_LeavesTheDocumentUnchangedAndNamesTheField()
    {
        var fixture = new ExchangeFixture(new TranslationExchangeOptions { MaxFieldLength = 12 });
        var xliff = ExchangeFixture.PseudoTranslate(File(await fixture.ExportRouteAsync()));

        var report = await fixture.ImportAsync(xliff);

        Assert.Equal(TranslationImportStatus.NothingApplied, report.Status);
        var document = report.Documents.Single();
        Assert.False(document.Applied);
        Assert.Contains("more than the limit of 12 for one field", document.Reason!, StringComparison.Ordinal);
        Assert.Matches("^Field \\S+ holds", document.Reason!);
        await AssertNothingSavedAsync(fixture);
    }

    [Fact]
    public async Task Import_RequestCancelledBeforeTheFileIsApplied_StopsAndSavesNothing()
    {
        var fixture = new ExchangeFixture();
        var xliff = File(await fixture.ExportRouteAsync());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            fixture.Import.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(xliff)), ExchangeFixture.Claire, cancellationToken: cancelled.Token));

        await AssertNothingSavedAsync(fixture);
    }

    private static async Task AssertNothingSavedAsync(ExchangeFixture fixture)
    {
        Assert.Empty(fixture.Drafts.Saves);
        Assert.Null(fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.InTranslation, s.Status));
    }

    private static string File(TranslationExportResult export) => Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
}
