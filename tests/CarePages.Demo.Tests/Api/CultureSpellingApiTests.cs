using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CarePages.Core.Translation.Storage;
using CarePages.Demo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api;

/// <summary>
/// Cultures are taken in the site's spelling at the API (<c>es-es</c> is <c>es-ES</c>), and a culture the site does not
/// have is a 400 naming the site's cultures on every endpoint that takes one.
/// </summary>
public sealed class CultureSpellingApiTests : IDisposable
{
    private const string Api = DemoApi.Translation;
    private static readonly Guid RouteKey = DemoApi.RouteKey;
    private readonly DemoAppFactory _factory = DemoAppFactory.WithUntranslatedSample();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ExportThenImport_CultureSpelledInLowerCase_DraftAndStatesKeepTheSitesSpelling()
    {
        var ana = DemoApi.Client(_factory, "ana");
        var exported = await DemoApi.PostExportAsync(ana, RouteKey, "es-es");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var document = XDocument.Parse(await exported.Content.ReadAsStringAsync(), LoadOptions.PreserveWhitespace);
        foreach (var target in document.Descendants().Where(e => e.Name.LocalName == "target"))
        {
            var first = target.DescendantNodes().OfType<XText>().First(t => t.Value.Trim().Length > 0);
            first.Value = first.Value.Replace("ketamin", "quetamin", StringComparison.Ordinal);
        }

        var xliff = document.ToString(SaveOptions.DisableFormatting);
        Assert.Contains("target-language=\"es-ES\"", xliff, StringComparison.Ordinal);

        var imported = await DemoApi.PostImportAsync(ana, xliff);

        var report = await DemoApi.Json(imported);
        Assert.True(report.GetProperty("status").GetString() == "Success", report.ToString());
        var draft = (await _factory.Services.GetRequiredService<SqliteContentStore>().GetDraftAsync(RouteKey))!;
        Assert.Contains("es-ES", draft.Cultures);
        Assert.DoesNotContain("es-es", draft.Cultures);
        var json = CarePages.Core.Documents.MultiCultureDocumentJson.Write(draft);
        Assert.Contains("quetamin", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"es-es\"", json, StringComparison.Ordinal);
        using var scope = _factory.Services.CreateScope();
        var states = await scope.ServiceProvider.GetRequiredService<ITranslationStateStore>().GetByDocumentAsync(RouteKey);
        Assert.All(states, s => Assert.Contains(s.Culture, new[] { "es-ES" }));
    }

    [Theory]
    [InlineData("GET", "translation/matrix?cultures=xx-!!")]
    [InlineData("GET", "translation/matrix?cultures=es-ES&cultures=de-DE")]
    [InlineData("GET", "translation/documents/{0}?cultures=xx-!!")]
    [InlineData("GET", "checks/documents/{0}?cultures=xx-!!")]
    [InlineData("GET", "translation/memory.tmx?source=en-GB&target=xx-!!")]
    [InlineData("GET", "translation/memory.tmx?source=xx-!!&target=es-ES")]
    [InlineData("GET", "translation/glossary.tbx?source=en&target=xx")]
    [InlineData("GET", "translation/memory/suggestions?text=ketamine&source=en-GB&target=xx-!!")]
    [InlineData("POST", "translation/documents/{0}/cultures/xx-!!/submit")]
    public async Task Endpoint_CultureTheSiteDoesNotHave_Is400NamingTheSitesCultures(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{DemoApi.Root}/{string.Format(System.Globalization.CultureInfo.InvariantCulture, path, RouteKey)}");
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await DemoApi.Client(_factory, "lucia").SendAsync(request);

        await AssertUnknownCultureAsync(response);
    }

    [Fact]
    public async Task Export_CultureTheSiteDoesNotHave_Is400AndNoJob()
    {
        var response = await DemoApi.PostExportAsync(DemoApi.Client(_factory, "lucia"), RouteKey, "xx-!!");

        await AssertUnknownCultureAsync(response);
        Assert.DoesNotContain("Export", await DemoApi.AuditActionsAsync(_factory));
    }

    [Theory]
    [InlineData("translation/matrix?cultures=ES-es")]
    [InlineData("translation/documents/{0}?cultures=es-es")]
    [InlineData("checks/documents/{0}?cultures=ES-ES")]
    [InlineData("translation/glossary.tbx?source=EN&target=ES")]
    [InlineData("translation/memory.tmx?source=en-gb&target=es-es")]
    public async Task Endpoint_SiteCultureInAnotherCase_IsAnsweredForTheSitesCulture(string path)
    {
        var response = await DemoApi.Client(_factory, "ana").GetAsync($"{DemoApi.Root}/{string.Format(System.Globalization.CultureInfo.InvariantCulture, path, RouteKey)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("es-es", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ES-es", body, StringComparison.Ordinal);
    }

    private static async Task AssertUnknownCultureAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await DemoApi.Json(response);
        Assert.Equal("UnknownCulture", problem.GetProperty("operationStatus").GetString());
        Assert.Contains("its cultures are en-GB, es-ES, ar, fr-FR", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
