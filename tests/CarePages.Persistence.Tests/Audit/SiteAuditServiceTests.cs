using CarePages.Core.Audit;
using CarePages.Core.Checks;
using CarePages.Core.SampleContent;
using CarePages.Persistence.Tests.TestSupport;
using static CarePages.Persistence.Tests.TestSupport.AuditTestSite;

namespace CarePages.Persistence.Tests.Audit;

/// <summary>
/// The site audit over the demo's document store and the package's EF Core tables: what a first run stores, and which
/// document cultures later runs check again (only what changed, or everything when the rules changed).
/// </summary>
public sealed class SiteAuditServiceTests : AuditSiteTests
{
    private const string AltMissing = "image-alt-missing";

    // Six documents × three cultures, draft and published.
    private const int EveryCulture = 6 * 3 * 2;

    [Fact]
    public async Task ExecuteAsync_FirstRun_AuditsEveryDocumentInEveryCultureDraftAndPublished()
    {
        await Site.SaveRouteDraftAsync("howItWorks", "es-ES", "<p>Cómo funciona.</p><img src=\"/media/spray.png\">");

        var run = await Site.AuditAsync();

        Assert.Equal((AuditRunState.Completed, 6, 6, 6, EveryCulture, 0, null), (run.State, run.Documents, run.Total, run.Done, run.CulturesChecked, run.Unreadable, run.Error));
        Assert.Equal(6, Site.Source.Read.Distinct().Count());
        var alt = Assert.Single((await Site.FindingsAsync(new AuditQuery { RuleId = AltMissing, DocumentKey = RouteKey })).Items);
        Assert.Equal(("es-ES", "howItWorks", FindingSeverity.Block, AuditedVersion.Draft), (alt.Culture, alt.Property, alt.Severity, alt.Version));
        Assert.Empty((await Site.FindingsAsync(new AuditQuery { RuleId = AltMissing, DocumentKey = RouteKey, Version = AuditedVersion.Published })).Items);
    }

    [Fact]
    public async Task ExecuteAsync_FirstRun_StoresEveryCultureOfBothVersionsForTheSummary()
    {
        await Site.AuditAsync();

        foreach (var version in new[] { AuditedVersion.Draft, AuditedVersion.Published })
        {
            var summary = await Site.SummaryAsync(version);
            Assert.Equal(6, summary.Counts.Documents);
            Assert.Equal(["ar", "en-GB", "es-ES"], summary.Counts.Cultures.Select(c => c.Culture));
            Assert.All(summary.Counts.Cultures, c => Assert.Equal(6, c.Pages));
            Assert.Equal(AuditRunState.Completed, summary.LatestRun!.State);
        }
    }

    [Fact]
    public async Task ExecuteAsync_NothingChangedSinceTheLastRun_ChecksNoCulture()
    {
        var first = await Site.AuditAsync();
        var findings = (await Site.FindingsAsync(new AuditQuery())).Total;

        var second = await Site.AuditAsync();

        Assert.Equal((AuditRunState.Completed, 6, 0, 0, 0), (second.State, second.Documents, second.Total, second.Done, second.CulturesChecked));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Empty(Site.Source.Read);
        Assert.Equal(findings, (await Site.FindingsAsync(new AuditQuery())).Total);
    }

    [Fact]
    public async Task ExecuteAsync_OneCultureOfOneDocumentChanged_ChecksOnlyThatCulture()
    {
        await Site.AuditAsync();
        await Site.SaveRouteDraftAsync("typicalOnset", "ar", "خلال ساعة");

        var run = await Site.AuditAsync();

        Assert.Equal((1, 1, 1), (run.Total, run.Done, run.CulturesChecked));
        Assert.Equal([RouteKey], Site.Source.Read);
    }

    [Fact]
    public async Task ExecuteAsync_SourceCultureOfOneDocumentChanged_ChecksEveryCultureOfThatDocument()
    {
        await Site.AuditAsync();
        await Site.SaveRouteDraftAsync("typicalOnset", SampleClinic.SourceCulture, "Within an hour");

        var run = await Site.AuditAsync();

        // The draft's three cultures: each is checked against the source; the published version did not change.
        Assert.Equal((1, 3), (run.Total, run.CulturesChecked));
        Assert.Equal([RouteKey], Site.Source.Read);
    }

    [Fact]
    public async Task ExecuteAsync_RuleSettingsChanged_ChecksEveryCultureAgainUnderTheNewSettings()
    {
        await Site.SaveRouteDraftAsync("howItWorks", "es-ES", "<p>Cómo funciona.</p><img src=\"/media/spray.png\">");
        await Site.AuditAsync();

        var run = await Site.AuditAsync(new Dictionary<string, string?> { ["CarePages:Checks:Rules:image-alt-missing:Severity"] = "Warn" });

        Assert.Equal((6, EveryCulture), (run.Total, run.CulturesChecked));
        var alt = Assert.Single((await Site.FindingsAsync(new AuditQuery { RuleId = AltMissing, DocumentKey = RouteKey })).Items);
        Assert.Equal(FindingSeverity.Warn, alt.Severity);
    }

    [Fact]
    public async Task ExecuteAsync_ReviewDateComesIntoTheWarningWindow_ChecksThatDocumentAgainAndWarns()
    {
        // Due on 10 December: the 30-day warning window opens on 10 November.
        await Site.PublishRouteValueAsync("nextReviewDue", null, "2026-12-10");
        await Site.AuditAsync();
        Assert.Equal(0, (await Site.AuditAsync()).CulturesChecked);
        Assert.Empty((await Site.FindingsAsync(new AuditQuery { RuleId = ReviewWindow.RuleId })).Items);

        Site.Clock.Advance(TimeSpan.FromDays(8));
        var run = await Site.AuditAsync();

        Assert.Equal((1, 6), (run.Total, run.CulturesChecked));
        Assert.Equal([RouteKey], Site.Source.Read);
        var warnings = (await Site.FindingsAsync(new AuditQuery { RuleId = ReviewWindow.RuleId })).Items;
        Assert.Equal(["ar", "en-GB", "es-ES"], warnings.Select(w => w.Culture).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Equal((RouteKey, new DateOnly(2026, 12, 10)), (w.DocumentKey, w.NextReviewDue!.Value)));
    }

    [Fact]
    public async Task ExecuteAsync_DocumentWhoseJsonIsCorrupt_IsADocumentUnreadableFindingAndTheRunCompletes()
    {
        await Site.CorruptAsync(RouteKey);

        var run = await Site.AuditAsync();

        Assert.Equal((AuditRunState.Completed, 6, 1), (run.State, run.Done, run.Unreadable));
        var unreadable = Assert.Single((await Site.FindingsAsync(new AuditQuery { RuleId = "document-unreadable" })).Items);
        Assert.Equal((RouteKey, FindingSeverity.Block), (unreadable.DocumentKey, unreadable.Severity));
        Assert.NotEmpty(unreadable.Arguments["error"]);
        Assert.Contains(unreadable.Arguments["error"], unreadable.Message, StringComparison.Ordinal);
        Assert.Equal(6, (await Site.SummaryAsync(AuditedVersion.Draft)).Counts.Documents);
    }
}
