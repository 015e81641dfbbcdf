using CarePages.Core.Audit;
using CarePages.Core.Checks;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static CarePages.Persistence.Tests.TestSupport.AuditTestSite;

namespace CarePages.Persistence.Tests.Audit;

/// <summary>The stored audit as people read it: findings filtered, paged and in their language; the reviews to plan.</summary>
public sealed class AuditResultsServiceTests : AuditSiteTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Site.PublishRouteValueAsync("nextReviewDue", null, "2026-11-20");
        await Site.SaveRouteDraftAsync("howItWorks", "es-ES", "<p>Cómo funciona.</p><img src=\"/media/spray.png\">");
        await Site.AuditAsync();
    }

    [Fact]
    public async Task GetFindingsAsync_UiCultureSpanish_MessageHintAndFieldLabelInSpanish()
    {
        var query = new AuditQuery { RuleId = "image-alt-missing", DocumentKey = RouteKey };

        var english = Assert.Single((await Site.FindingsAsync(query)).Items);
        var spanish = Assert.Single((await Site.FindingsAsync(query, "es")).Items);

        Assert.Equal("How it works", english.PropertyLabel);
        Assert.NotEqual(english.Message, spanish.Message);
        Assert.NotEqual(english.Hint, spanish.Hint);
        Assert.NotEqual(english.PropertyLabel, spanish.PropertyLabel);
    }

    [Fact]
    public async Task GetFindingsAsync_UiCultureArabic_RouteNamesInTheMessageAreArabicToo()
    {
        await Site.SaveRouteDraftAsync("howItWorks", "en-GB", "<p>Intramuscular ketamine involves injecting the medication directly into a muscle.</p>");
        await Site.AuditAsync();
        var query = new AuditQuery { RuleId = "route-text-mismatch", DocumentKey = RouteKey, Cultures = ["en-GB"] };

        var arabic = Assert.Single((await Site.FindingsAsync(query, "ar")).Items);
        var english = Assert.Single((await Site.FindingsAsync(query)).Items);

        Assert.Contains("الحقن العضلي (حقنة في العضل)", arabic.Message, StringComparison.Ordinal);
        Assert.Contains("الإعطاء عن طريق الأنف (بخاخ للأنف)", arabic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("intramuscular", arabic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("describes intramuscular use (an injection into a muscle)", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFindingsAsync_PagedThroughWithSkipAndTake_ListsEveryFindingOnceMostSevereFirst()
    {
        var all = await Site.FindingsAsync(new AuditQuery { Take = AuditQuery.MaxTake });
        var pages = new List<AuditFindingView>();
        for (var skip = 0; skip < all.Total; skip += 2)
        {
            var page = await Site.FindingsAsync(new AuditQuery { Skip = skip, Take = 2 });
            Assert.Equal((all.Total, skip), (page.Total, page.Skip));
            pages.AddRange(page.Items);
        }

        Assert.True(all.Total > 2);
        Assert.Equal(all.Items.Select(Identity), pages.Select(Identity));
        Assert.Equal(all.Items.Select(f => f.Severity).OrderDescending(), all.Items.Select(f => f.Severity));
    }

    [Fact]
    public async Task GetFindingsAsync_MinimumSeverityAndCulture_OnlyThoseFindings()
    {
        var page = await Site.FindingsAsync(new AuditQuery { MinimumSeverity = FindingSeverity.Warn, Cultures = ["es-ES"], Take = AuditQuery.MaxTake });

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, f => Assert.Equal("es-ES", f.Culture));
        Assert.All(page.Items, f => Assert.True(f.Severity >= FindingSeverity.Warn));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetFindingsAsync_DocumentKeys_OnlyFindingsOnThoseDocuments(bool readsTheRoute)
    {
        var page = await Site.FindingsAsync(new AuditQuery { DocumentKeys = readsTheRoute ? [RouteKey] : [], Take = AuditQuery.MaxTake });

        Assert.Equal(readsTheRoute, page.Total > 0);
        Assert.All(page.Items, f => Assert.Equal(RouteKey, f.DocumentKey));
    }

    [Fact]
    public async Task StreamFindingsAsync_QueryWithSkipAndTake_StillEveryMatchingFindingOnce()
    {
        using var services = Site.Services();
        var results = services.CreateScope().ServiceProvider.GetRequiredService<AuditResultsService>();
        var all = await Site.FindingsAsync(new AuditQuery { Take = AuditQuery.MaxTake });

        var streamed = await results.StreamFindingsAsync(new AuditQuery { Skip = 1, Take = 1 }).ToListAsync();

        Assert.Equal(all.Items.Select(Identity), streamed.Select(Identity));
    }

    [Fact]
    public async Task GetReviewPlanAsync_ReviewDueWithinTheWindow_ListsThePageInEachCultureAsDueSoon()
    {
        using var services = Site.Services();
        var results = services.CreateScope().ServiceProvider.GetRequiredService<AuditResultsService>();

        var plan = await results.GetReviewPlanAsync(AuditedVersion.Draft, []);
        var arabic = await results.GetReviewPlanAsync(AuditedVersion.Draft, ["ar"]);
        var summary = await results.GetSummaryAsync();

        Assert.Equal(["ar", "en-GB", "es-ES"], plan.Select(p => p.Culture).Order(StringComparer.Ordinal));
        Assert.All(plan, p => Assert.Equal((RouteKey, ReviewDueState.DueSoon, 18), (p.DocumentKey, p.State, p.DaysLeft)));
        Assert.Equal("ar", Assert.Single(arabic).Culture);
        Assert.Equal((0, 3), (summary.ReviewsOverdue, summary.ReviewsDueSoon));
    }

    [Fact]
    public async Task GetSummaryAsync_ScopeOfOneCultureOrNoDocument_CountsOnlyWhatIsInScope()
    {
        using var services = Site.Services();
        var results = services.CreateScope().ServiceProvider.GetRequiredService<AuditResultsService>();

        var site = await results.GetSummaryAsync();
        var arabic = await results.GetSummaryAsync(new AuditScope { Cultures = ["ar"] });
        var nothing = await results.GetSummaryAsync(new AuditScope { DocumentKeys = [] });

        Assert.True(site.Counts.Cultures.Count > 1);
        Assert.Equal("ar", Assert.Single(arabic.Counts.Cultures).Culture);
        Assert.Equal(arabic.Counts.Cultures[0].Blockers + arabic.Counts.Cultures[0].Warnings + arabic.Counts.Cultures[0].Infos, arabic.Counts.Rules.Sum(r => r.Findings));
        Assert.True(arabic.Counts.Rules.Sum(r => r.Findings) < site.Counts.Rules.Sum(r => r.Findings));
        Assert.Equal((0, 1), (arabic.ReviewsOverdue, arabic.ReviewsDueSoon));
        Assert.Equal((0, 0, 0, 0), (nothing.Counts.Documents, nothing.Counts.Rules.Count, nothing.Counts.Cultures.Count, nothing.ReviewsDueSoon));
    }

    [Fact]
    public async Task GetReviewPlanAsync_DueDatePassed_ListsThePageAsOverdue()
    {
        Site.Clock.Advance(TimeSpan.FromDays(20));
        await Site.AuditAsync();
        using var services = Site.Services();

        var plan = await services.CreateScope().ServiceProvider.GetRequiredService<AuditResultsService>().GetReviewPlanAsync(AuditedVersion.Published, ["en-GB"]);

        Assert.Equal((ReviewDueState.Overdue, -2), (Assert.Single(plan).State, plan[0].DaysLeft));
    }

    private static (Guid, string, string, string?, string) Identity(AuditFindingView finding) =>
        (finding.DocumentKey, finding.Culture, finding.RuleId, finding.Property, finding.Snippet);
}
