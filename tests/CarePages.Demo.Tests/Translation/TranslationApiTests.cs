using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CarePages.Core.Documents;
using CarePages.Core.Translation.Units;
using CarePages.Demo.Storage;
using CarePages.Demo.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Translation;

public sealed class TranslationApiTests : IDisposable
{
    private const string Api = DemoApi.Translation;
    private static readonly Guid RouteKey = DemoApi.RouteKey;
    private readonly DemoAppFactory _factory = DemoAppFactory.WithUntranslatedSample();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Matrix_WithoutAUser_Is401()
    {
        var response = await _factory.CreateClient().GetAsync($"{Api}/matrix?cultures=es-ES");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExportImportReviewApprove_FrenchRoute_DraftTranslatedApprovedAndAudited()
    {
        var claire = Client("claire");
        var xliff = await ExportAsync(claire, "fr-FR");

        var import = await ImportAsync(claire, Pseudo(xliff));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var report = await DemoApi.Json(import);
        Assert.True(report.GetProperty("status").GetString() == "Success", report.ToString());

        var store = _factory.Services.GetRequiredService<SqliteContentStore>();
        Assert.Equal("Intranasal kétamine", (await store.GetDraftAsync(RouteKey))!.NameIn("fr-FR"));
        Assert.Null((await store.GetAsync(RouteKey))!.NameIn("fr-FR"));

        Assert.Equal(HttpStatusCode.OK, (await claire.PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/fr-FR/submit", new { })).StatusCode);
        var byTranslator = await claire.PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/fr-FR/approve", new { });
        Assert.Equal(HttpStatusCode.Forbidden, byTranslator.StatusCode);
        Assert.Equal("PermissionDenied", (await DemoApi.Json(byTranslator)).GetProperty("operationStatus").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client("lucia").PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/fr-FR/approve", new { })).StatusCode);

        var status = await DemoApi.Json(await claire.GetAsync($"{Api}/documents/{RouteKey}?cultures=fr-FR"));
        Assert.All(status.GetProperty("cultures").GetProperty("fr-FR").EnumerateArray(), f => Assert.Equal("Approved", f.GetProperty("status").GetString()));
        var audit = (await DemoApi.Json(await claire.GetAsync($"{Api}/documents/{RouteKey}/audit"))).EnumerateArray().Select(e => e.GetProperty("action").GetString()!).Distinct().ToArray();
        Assert.Equal(new[] { "Export", "Import", "SubmitForReview", "Approve" }, audit);
        var tmx = await claire.GetStringAsync($"{Api}/memory.tmx?source=en-GB&target=fr-FR");
        Assert.Contains("<seg>kétamine</seg>", tmx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ArabicTranslatorImportsASpanishFile_Is403AndNothingChanges()
    {
        var xliff = await ExportAsync(Client("ana"), "es-ES");

        var response = await ImportAsync(Client("rami"), Pseudo(xliff));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("es-ES is not one of your languages", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ketamina intranasal", (await _factory.Services.GetRequiredService<SqliteContentStore>().GetDraftAsync(RouteKey))!.NameIn("es-ES"));
    }

    [Fact]
    public async Task Import_SpanishTranslatorImportsAnArabicFile_Is403AndNothingChanges()
    {
        var store = _factory.Services.GetRequiredService<SqliteContentStore>();
        var before = MultiCultureDocumentJson.Write((await store.GetDraftAsync(RouteKey))!);
        var xliff = await ExportAsync(Client("rami"), "ar");

        var response = await ImportAsync(Client("ana"), Pseudo(xliff));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("CultureNotAllowed", (await DemoApi.Json(response)).GetProperty("operationStatus").GetString());
        Assert.Equal(before, MultiCultureDocumentJson.Write((await store.GetDraftAsync(RouteKey))!));
    }

    [Fact]
    public async Task Approve_ReviewerApprovesTheirOwnTranslation_Is403SelfApproval()
    {
        var lucia = Client("lucia");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(lucia, Pseudo(await ExportAsync(lucia, "ar")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lucia.PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/ar/submit", new { })).StatusCode);

        var response = await lucia.PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/ar/approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("SelfApproval", (await DemoApi.Json(response)).GetProperty("operationStatus").GetString());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondIsAlreadyAppliedWithNoNewAuditEntries()
    {
        var claire = Client("claire");
        var file = Pseudo(await ExportAsync(claire, "fr-FR"));
        Assert.Equal("Success", (await DemoApi.Json(await ImportAsync(claire, file))).GetProperty("status").GetString());
        var audit = (await DemoApi.Json(await claire.GetAsync($"{Api}/documents/{RouteKey}/audit"))).GetArrayLength();

        var again = await ImportAsync(claire, file);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("AlreadyApplied", (await DemoApi.Json(again)).GetProperty("status").GetString());
        Assert.Equal(audit, (await DemoApi.Json(await claire.GetAsync($"{Api}/documents/{RouteKey}/audit"))).GetArrayLength());
    }

    [Fact]
    public async Task Import_NotXliff_Is400WithTheReason()
    {
        var response = await ImportAsync(Client("ana"), "<html><body>not a translation</body></html>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnknownFormat", (await DemoApi.Json(response)).GetProperty("operationStatus").GetString());
    }

    [Fact]
    public async Task Import_Utf16FileWithAByteOrderMark_IsImportedAsTheSameFileInUtf8Would()
    {
        var claire = Client("claire");
        var xliff = Pseudo(await ExportAsync(claire, "fr-FR"));
        byte[] utf16 = [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(xliff)];

        var response = await DemoApi.PostImportAsync(claire, utf16);

        Assert.Equal("Success", (await DemoApi.Json(response)).GetProperty("status").GetString());
        Assert.Equal("Intranasal kétamine", (await _factory.Services.GetRequiredService<SqliteContentStore>().GetDraftAsync(RouteKey))!.NameIn("fr-FR"));
    }

    [Fact]
    public async Task Matrix_AfterAnExport_CountsFieldsInTranslation()
    {
        await ExportAsync(Client("ana"), "es-ES");

        var rows = await DemoApi.Json(await Client("lucia").GetAsync($"{Api}/matrix?cultures=es-ES&cultures=ar"));

        var route = rows.EnumerateArray().Single(r => r.GetProperty("documentKey").GetGuid() == RouteKey);
        Assert.Equal("Intranasal ketamine", route.GetProperty("name").GetString());
        Assert.Equal("carePagesTreatmentRoute", route.GetProperty("contentTypeAlias").GetString());
        Assert.True(route.GetProperty("cultures").GetProperty("es-ES").GetProperty("InTranslation").GetInt32() > 0);
        Assert.Equal(0, route.GetProperty("cultures").GetProperty("ar").GetProperty("InTranslation").GetInt32());
    }

    [Fact]
    public async Task GlossaryTbx_SpanishPair_HoldsTheStarterTerms()
    {
        var tbx = await Client("ana").GetStringAsync($"{Api}/glossary.tbx?source=en&target=es");

        Assert.Contains("ketamina", tbx, StringComparison.Ordinal);
        Assert.Equal("tbx", XDocument.Parse(tbx).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Export_NoDocumentsInASpanishInterface_Is400WithTheReasonInSpanish()
    {
        var response = await Client("ana").PostAsJsonAsync($"{Api}/export?uiCulture=es", new { documentKeys = Array.Empty<Guid>(), targetCulture = "es-ES" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await DemoApi.Json(response);
        Assert.Equal("NoDocuments", problem.GetProperty("operationStatus").GetString());
        Assert.Equal("Elija al menos un documento para exportar.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Export_IntoAnotherTranslatorsLanguageInAnArabicInterface_Is403WithTheReasonInArabic()
    {
        var response = await Client("ana").PostAsJsonAsync($"{Api}/export?uiCulture=ar", new { documentKeys = new[] { RouteKey }, targetCulture = "ar" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ar ليست من لغاتك.", (await DemoApi.Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Review_AFieldTheRouteDoesNotHaveInAnArabicInterface_Is400WithTheReasonInArabic()
    {
        var response = await Client("ana").PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/es-ES/submit?uiCulture=ar", new { fields = new[] { "dosage" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"dosage ليس حقلًا قابلًا للترجمة في المستند {RouteKey}.", (await DemoApi.Json(response)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("Submit")]
    [InlineData("APPROVE")]
    [InlineData("no_retranslation")]
    public async Task Review_AStepTheApiDoesNotList_Is404AndNothingIsRecorded(string step)
    {
        var before = await DemoApi.AuditActionsAsync(_factory);

        var response = await Client("lucia").PostAsJsonAsync($"{Api}/documents/{RouteKey}/cultures/es-ES/{step}", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such endpoint", (await DemoApi.Json(response)).GetProperty("title").GetString());
        Assert.Equal(before, await DemoApi.AuditActionsAsync(_factory));
    }

    [Fact]
    public async Task Import_JsonInsteadOfAFormInAGermanInterface_Is415SayingHowToSendInGerman()
    {
        var response = await Client("ana").PostAsJsonAsync($"{Api}/import?uiCulture=de", new { file = "<xliff/>" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.StartsWith("Laden Sie die zurückgegebene Datei als multipart/form-data", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private HttpClient Client(string user) => DemoApi.Client(_factory, user);

    private static async Task<string> ExportAsync(HttpClient client, string culture)
    {
        var response = await DemoApi.PostExportAsync(client, RouteKey, culture);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xliff+xml", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string file) => DemoApi.PostImportAsync(client, file);

    /// <summary>
    /// A translator's work, crudely: every "ketamine" in the targets becomes "kétamine" and a target without it is marked
    /// "[tr]", so no target is the source sent back unchanged; codes untouched.
    /// </summary>
    private static string Pseudo(string xliff)
    {
        var document = XDocument.Parse(xliff, LoadOptions.PreserveWhitespace);
        foreach (var target in document.Descendants().Where(e => e.Name.LocalName == "target"))
        {
            var texts = target.DescendantNodes().OfType<XText>().ToArray();
            if (!texts.Any(t => t.Value.Contains("ketamine", StringComparison.Ordinal)) && texts.FirstOrDefault(t => t.Value.Trim().Length > 0) is { } first)
            {
                first.Value = "[tr] " + first.Value;
            }

            foreach (var text in texts)
            {
                text.Value = text.Value.Replace("ketamine", "kétamine", StringComparison.Ordinal);
            }
        }

        return document.ToString(SaveOptions.DisableFormatting);
    }
}
