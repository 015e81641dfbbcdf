using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePages.Demo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api;

/// <summary>
/// The API asks the demo's document authorizer before it reads or changes anything: everyone reads every document,
/// translators change only their languages, and only reviewers approve, on their languages.
/// </summary>
public sealed class DocumentAuthorizationApiTests : IDisposable
{
    private const string Api = DemoApi.Translation;
    private static readonly Guid RouteKey = DemoApi.RouteKey;
    private readonly DemoAppFactory _factory = DemoAppFactory.WithUntranslatedSample();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Export_IntoALanguageThatIsNotTheUsers_Is403CultureNotAllowedAndNoJobIsMade()
    {
        var response = await DemoApi.PostExportAsync(Client("ana"), RouteKey, "fr-FR");

        await AssertRefusedAsync(response, "CultureNotAllowed", "fr-FR");
        Assert.DoesNotContain("Export", await AuditActionsAsync());
    }

    [Fact]
    public async Task Import_FileOfAJobInALanguageThatIsNotTheUsers_Is403AndNothingIsSaved()
    {
        var exported = await DemoApi.PostExportAsync(Client("claire"), RouteKey, "fr-FR");
        var xliff = (await exported.Content.ReadAsStringAsync()).Replace("ketamine", "kétamine", StringComparison.Ordinal);

        var response = await DemoApi.PostImportAsync(Client("rami"), xliff);

        await AssertRefusedAsync(response, "CultureNotAllowed", "fr-FR");
        Assert.Null((await _factory.Services.GetRequiredService<SqliteContentStore>().GetDraftAsync(RouteKey))!.NameIn("fr-FR"));
        Assert.DoesNotContain("Import", await AuditActionsAsync());
    }

    [Theory]
    [InlineData("submit")]
    [InlineData("edited")]
    [InlineData("no-retranslation")]
    public async Task ReviewStep_OnALanguageThatIsNotTheUsers_Is403CultureNotAllowed(string step)
    {
        var response = await Client("ana").PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/ar/{step}", new { });

        await AssertRefusedAsync(response, "CultureNotAllowed", "ar");
    }

    [Fact]
    public async Task Approve_TranslatorWhoIsNoReviewer_Is403PermissionDeniedNamingTheDocument()
    {
        var response = await Client("claire").PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/fr-FR/approve", new { });

        await AssertRefusedAsync(response, "PermissionDenied", RouteKey.ToString("D"));
    }

    [Fact]
    public async Task Matrix_Translator_HasColumnsOnlyForTheirLanguages()
    {
        var rows = await DemoApi.Json(await Client("ana").GetAsync($"{Api}/matrix?cultures=es-ES&cultures=ar&cultures=fr-FR"));

        Assert.NotEmpty(rows.EnumerateArray());
        Assert.All(rows.EnumerateArray(), row => Assert.Equal(["es-ES"], row.GetProperty("cultures").EnumerateObject().Select(c => c.Name)));
    }

    [Fact]
    public async Task Matrix_ReviewerOfEveryLanguage_HasEveryRequestedColumn()
    {
        var rows = await DemoApi.Json(await Client("lucia").GetAsync($"{Api}/matrix?cultures=es-ES&cultures=ar&cultures=fr-FR"));

        Assert.Contains(rows.EnumerateArray(), row => row.GetProperty("documentKey").GetGuid() == RouteKey);
        Assert.All(rows.EnumerateArray(), row => Assert.Equal(["es-ES", "ar", "fr-FR"], row.GetProperty("cultures").EnumerateObject().Select(c => c.Name)));
    }

    [Theory]
    [InlineData("memory.tmx?source=en-GB&target=fr-FR", "fr-FR")]
    [InlineData("glossary.tbx?source=en&target=es", "es")]
    [InlineData("memory/suggestions?text=ketamine&source=en-GB&target=es-ES", "es-ES")]
    [InlineData("memory.tmx?source=en-GB&target=ar", null)]
    [InlineData("glossary.tbx?source=en&target=ar", null)]
    [InlineData("memory/suggestions?text=ketamine&source=en-GB&target=ar", null)]
    public async Task LanguagePairExport_ArabicTranslator_200ForArabicElse403CultureNotAllowed(string path, string? refusedCulture)
    {
        var response = await Client("rami").GetAsync($"{Api}/{path}");

        if (refusedCulture is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await AssertRefusedAsync(response, "CultureNotAllowed", refusedCulture);
        }
    }

    [Theory]
    [InlineData("translation/documents/{0}?cultures=ar")]
    [InlineData("translation/documents/{0}/audit")]
    [InlineData("checks/documents/{0}?cultures=ar")]
    [InlineData("checks/documents/{0}?cultures=en-GB")]
    public async Task ReadEndpoint_TranslatorInTheSourceOrTheirLanguage_MayReadEveryDocument(string path)
    {
        var response = await Client("rami").GetAsync($"{DemoApi.Root}/{string.Format(System.Globalization.CultureInfo.InvariantCulture, path, RouteKey)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DocumentStatus_TranslatorAsksForAnotherTranslatorsLanguage_LeavesItOut()
    {
        var status = await DemoApi.Json(await Client("rami").GetAsync($"{Api}/documents/{RouteKey}?cultures=es-ES&cultures=ar"));

        Assert.Equal(["ar"], status.GetProperty("cultures").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task Checks_TranslatorAsksOnlyForAnotherTranslatorsLanguage_Is403CultureNotAllowed()
    {
        var response = await Client("rami").GetAsync($"{DemoApi.Root}/checks/documents/{RouteKey}?cultures=es-ES");

        await AssertRefusedAsync(response, "CultureNotAllowed", "es-ES");
    }

    [Theory]
    [InlineData("rami", new[] { "en-GB", "ar" })]
    [InlineData("lucia", new[] { "en-GB", "es-ES", "ar" })]
    public async Task Checks_NoCultureNamed_TheSourceAndTheUsersLanguages(string user, string[] expected)
    {
        var checks = await DemoApi.Json(await Client(user).GetAsync($"{DemoApi.Root}/checks/documents/{RouteKey}"));

        Assert.Equal(expected, checks.GetProperty("cultures").EnumerateArray().Select(c => c.GetProperty("culture").GetString()));
    }

    [Fact]
    public async Task Audit_TranslatorOfAnotherLanguage_SeesOnlyTheEntriesOfTheirLanguages()
    {
        Assert.Equal(HttpStatusCode.OK, (await DemoApi.PostExportAsync(Client("ana"), RouteKey, "es-ES")).StatusCode);

        var seenByRami = await DemoApi.Json(await Client("rami").GetAsync($"{Api}/documents/{RouteKey}/audit"));

        Assert.DoesNotContain(seenByRami.EnumerateArray(), e => e.GetProperty("culture").GetString() == "es-ES");
        Assert.Contains("Export", await AuditActionsAsync());
    }

    [Theory]
    [InlineData("memory.tmx?source=es-ES&target=ar", "es-ES")]
    [InlineData("glossary.tbx?source=es&target=ar", "es")]
    [InlineData("memory/suggestions?text=ketamina&source=es-ES&target=ar", "es-ES")]
    public async Task LanguagePair_SourceIsAnotherTranslatorsLanguage_Is403CultureNotAllowed(string path, string refused)
    {
        var response = await Client("rami").GetAsync($"{Api}/{path}");

        await AssertRefusedAsync(response, "CultureNotAllowed", refused);
    }

    [Fact]
    public async Task Audit_OfAKeyThatNamesNoDocument_Is404NotAnEmptyTrail()
    {
        var response = await Client("lucia").GetAsync($"{Api}/documents/{Guid.NewGuid()}/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Import_TwoFilePartsInOneRequest_Is400AndNothingIsImported()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("<xliff/>"), "file", "first.xlf");
        form.Add(new StringContent("<xliff/>"), "file", "second.xlf");

        var response = await Client("ana").PostAsync($"{Api}/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2 files", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Import", await AuditActionsAsync());
    }

    private HttpClient Client(string user) => DemoApi.Client(_factory, user);

    private Task<string[]> AuditActionsAsync() => DemoApi.AuditActionsAsync(_factory);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string operationStatus, string named)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        JsonElement problem = await DemoApi.Json(response);
        Assert.Equal(operationStatus, problem.GetProperty("operationStatus").GetString());
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
