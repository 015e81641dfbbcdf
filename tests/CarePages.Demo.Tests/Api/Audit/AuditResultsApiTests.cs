using System.Net;
using System.Text.Json;

namespace CarePages.Demo.Tests.Api.Audit;

public sealed class AuditResultsApiTests(AuditedDemo demo) : IClassFixture<AuditedDemo>
{
    private const string AltMissing = "image-alt-missing";

    [Fact]
    public async Task GetFindings_RuleAndCulture_OnlyThatRuleInThatCultureWithItsField()
    {
        var page = await demo.FindingsAsync("lucia", $"rule={AltMissing}&culture=es-ES");

        var finding = Assert.Single(Items(page));
        Assert.Equal((DemoApi.RouteKey.ToString(), "es-ES", "howItWorks", "Block", "Draft"), (finding.GetProperty("documentKey").GetString(), finding.GetProperty("culture").GetString(),
            finding.GetProperty("property").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("version").GetString()));
        Assert.Equal("How it works", finding.GetProperty("propertyLabel").GetString());
    }

    [Fact]
    public async Task GetFindings_SeverityBlock_OnlyBlockers()
    {
        var page = await demo.FindingsAsync("lucia", "severity=block&take=500");

        Assert.Equal(2, Items(page).Count(f => f.GetProperty("ruleId").GetString() == AltMissing));
        Assert.All(Items(page), f => Assert.Equal("Block", f.GetProperty("severity").GetString()));
        Assert.NotEqual((await demo.FindingsAsync("lucia", "take=500")).GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetFindings_PublishedVersion_HasNotTheDraftsDefects()
    {
        var page = await demo.FindingsAsync("lucia", $"rule={AltMissing}&version=Published");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetFindings_PagedWithSkipAndTake_ListsEveryFindingOnce()
    {
        var all = await demo.FindingsAsync("lucia", "take=500");
        var total = all.GetProperty("total").GetInt32();
        var paged = new List<string>();
        for (var skip = 0; skip < total; skip += 2)
        {
            var page = await demo.FindingsAsync("lucia", $"skip={skip}&take=2");
            Assert.Equal((total, skip), (page.GetProperty("total").GetInt32(), page.GetProperty("skip").GetInt32()));
            paged.AddRange(Items(page).Select(Identity));
        }

        Assert.True(total > 2, $"{total} findings");
        Assert.Equal(Items(all).Select(Identity), paged);
    }

    [Fact]
    public async Task GetFindings_UiCultureArabic_MessagesAndFieldLabelsInArabic()
    {
        var english = Assert.Single(Items(await demo.FindingsAsync("lucia", $"rule={AltMissing}&culture=ar")));
        var arabic = Assert.Single(Items(await demo.FindingsAsync("lucia", $"rule={AltMissing}&culture=ar&uiCulture=ar")));

        Assert.NotEqual(english.GetProperty("message").GetString(), arabic.GetProperty("message").GetString());
        Assert.NotEqual(english.GetProperty("propertyLabel").GetString(), arabic.GetProperty("propertyLabel").GetString());
    }

    [Theory]
    [InlineData("ana", "es-ES", "ar")]
    [InlineData("rami", "ar", "es-ES")]
    public async Task GetFindings_AsATranslator_OnlyTheSourceAndTheirLanguage(string user, string theirs, string other)
    {
        var page = await demo.FindingsAsync(user, "take=500");

        var cultures = Items(page).Select(f => f.GetProperty("culture").GetString()).Distinct().ToArray();
        Assert.Contains(theirs, cultures);
        Assert.DoesNotContain(other, cultures);
        Assert.All(cultures, c => Assert.Contains(c, new[] { "en-GB", theirs }));
        Assert.Single(Items(await demo.FindingsAsync(user, $"rule={AltMissing}")));
    }

    [Fact]
    public async Task GetFindings_TranslatorAsksForAnotherLanguage_Is403()
    {
        var response = await DemoApi.Client(demo.App, "ana").GetAsync($"{DemoAudit.Root}/findings?culture=ar");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("take=501", "take must be from 1 to 500")]
    [InlineData("take=0", "take must be from 1 to 500")]
    [InlineData("skip=-1", "skip 0 or more")]
    [InlineData("severity=loud", "severity: The value 'loud' is not valid for Severity. Use one of: Info, Warn, Block.")]
    [InlineData("rule=no-such-rule", "There is no rule 'no-such-rule'")]
    [InlineData("culture=xx-YY", "xx-YY")]
    [InlineData("version=final", "Use one of: Draft, Published.")]
    [InlineData("reviewDueBy=soon", "reviewDueBy")]
    public async Task GetFindings_BadValue_Is400SayingWhatToChange(string query, string detail)
    {
        var response = await DemoApi.Client(demo.App, "lucia").GetAsync($"{DemoAudit.Root}/findings?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detail, (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSummary_AsTheArabicTranslator_CountsOnlyTheirCulturesAndTheLatestRun()
    {
        var rami = DemoApi.Client(demo.App, "rami");
        var summary = await DemoApi.Json(await rami.GetAsync($"{DemoAudit.Root}/summary"));
        var reviews = await DemoApi.Json(await rami.GetAsync($"{DemoAudit.Root}/reviews"));
        var findings = await DemoApi.Json(await rami.GetAsync($"{DemoAudit.Root}/findings?take=1"));

        var counts = summary.GetProperty("counts");
        Assert.Equal(["ar", "en-GB"], counts.GetProperty("cultures").EnumerateArray().Select(c => c.GetProperty("culture").GetString()));
        Assert.Equal(6, counts.GetProperty("documents").GetInt32());
        Assert.Equal(reviews.GetArrayLength(), summary.GetProperty("reviewsDueSoon").GetInt32());
        Assert.Equal(2, reviews.GetArrayLength());
        Assert.Equal(findings.GetProperty("total").GetInt32(), counts.GetProperty("rules").EnumerateArray().Sum(r => r.GetProperty("findings").GetInt32()));
        Assert.Equal(demo.Run.GetProperty("id").GetString(), summary.GetProperty("latestRun").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetReviews_AsTheSpanishTranslator_TheRouteDueSoonInTheirCultures()
    {
        var reviews = await DemoApi.Json(await DemoApi.Client(demo.App, "ana").GetAsync($"{DemoAudit.Root}/reviews"));

        var entries = reviews.EnumerateArray().ToArray();
        Assert.Equal(["en-GB", "es-ES"], entries.Select(e => e.GetProperty("culture").GetString()).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("DueSoon", 10, AuditedDemo.RouteReviewDue.ToString("yyyy-MM-dd")),
            (e.GetProperty("state").GetString(), e.GetProperty("daysLeft").GetInt32(), e.GetProperty("nextReviewDue").GetString())));
    }

    private static JsonElement[] Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToArray();

    private static string Identity(JsonElement finding) =>
        string.Join('|', new[] { "documentKey", "culture", "ruleId", "snippet" }.Select(p => finding.GetProperty(p).ToString()));
}
