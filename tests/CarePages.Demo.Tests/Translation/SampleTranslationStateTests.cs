using System.Net;
using CarePages.Demo.Tests.Api;

namespace CarePages.Demo.Tests.Translation;

/// <summary>The sample clinic's translations as a fresh demo seeds them, and the demo's action that outdates one.</summary>
public sealed class SampleTranslationStateTests : IDisposable
{
    private const string Api = DemoApi.Translation;
    private static readonly Guid RouteKey = DemoApi.RouteKey;
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Matrix_FreshDemo_ShowsSpanishAndArabicFullyApproved()
    {
        var rows = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{Api}/matrix?cultures=es-ES&cultures=ar"));

        Assert.All(rows.EnumerateArray(), row =>
        {
            foreach (var culture in new[] { "es-ES", "ar" })
            {
                var counts = row.GetProperty("cultures").GetProperty(culture);
                Assert.True(counts.GetProperty("Approved").GetInt32() > 0, $"{row.GetProperty("name")} {culture}: {counts}");
                Assert.Equal(0, counts.GetProperty("Untranslated").GetInt32());
            }
        });
    }

    [Fact]
    public async Task Audit_FreshDemo_NamesTheSamplesReviewerForEachApproval()
    {
        var audit = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{Api}/documents/{RouteKey}/audit"));

        var approvals = audit.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Approve").ToArray();
        Assert.NotEmpty(approvals);
        Assert.All(approvals, e => Assert.Equal("Dr Lucía Pérez (clinical reviewer)", e.GetProperty("actor").GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task EditSource_DefaultField_MakesTheApprovedSpanishAndArabicTranslationsOutdatedWithTheAddedText()
    {
        var response = await DemoApi.Client(_factory, "lucia").PostAsync(new Uri($"/demo/edit-source?document={RouteKey}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edited = await DemoApi.Json(response);
        Assert.Equal(["ar", "es-ES"], edited.GetProperty("outdatedCultures").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));
        var status = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{Api}/documents/{RouteKey}?cultures=es-ES&uiCulture=ar"));
        var field = status.GetProperty("cultures").GetProperty("es-ES").EnumerateArray().Single(f => f.GetProperty("path").GetString() == edited.GetProperty("path").GetString());
        Assert.Equal("Outdated", field.GetProperty("status").GetString());
        Assert.Equal("كيف يعمل", field.GetProperty("label").GetString());
        var newSource = field.GetProperty("sourceChange").GetProperty("newSourceText").GetString()!;
        Assert.Contains("blocked nose", newSource, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", newSource, StringComparison.Ordinal);
        Assert.Contains("\n\n", newSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSource_FieldTheDocumentDoesNotHave_Is400NamingTheFieldsItHas()
    {
        var response = await DemoApi.Client(_factory, "lucia").PostAsync(new Uri($"/demo/edit-source?document={RouteKey}&field=nope", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("howItWorks", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
