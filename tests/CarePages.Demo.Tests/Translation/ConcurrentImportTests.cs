using System.Net;
using System.Xml.Linq;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo.Storage;
using CarePages.Demo.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Translation;

/// <summary>Three translators importing into the same document at the same moment, through the API, as on a busy day.</summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private const int Rounds = 20;
    private static readonly (string User, string Culture)[] Translators = [("ana", "es-ES"), ("claire", "fr-FR"), ("rami", "ar")];
    private readonly DemoAppFactory _factory = DemoAppFactory.WithUntranslatedSample();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Import_ThreeCulturesIntoOneDocumentAtOnce_EveryTranslationIsSavedWithItsState()
    {
        var store = _factory.Services.GetRequiredService<SqliteContentStore>();
        var states = _factory.Services.GetRequiredService<ITranslationStateStore>();
        for (var round = 1; round <= Rounds; round++)
        {
            var files = new List<(HttpClient Client, string File)>();
            foreach (var (user, culture) in Translators)
            {
                var client = DemoApi.Client(_factory, user);
                var export = await DemoApi.PostExportAsync(client, DemoApi.RouteKey, culture);
                Assert.Equal(HttpStatusCode.OK, export.StatusCode);
                files.Add((client, Translated(await export.Content.ReadAsStringAsync(), Marker(culture, round))));
            }

            var responses = await Task.WhenAll(files.Select(f => DemoApi.PostImportAsync(f.Client, f.File)));

            foreach (var response in responses)
            {
                var report = await DemoApi.Json(response);
                Assert.True(response.StatusCode == HttpStatusCode.OK && report.GetProperty("status").GetString() == "Success", $"round {round}: {report}");
            }

            var draft = (await store.GetDraftAsync(DemoApi.RouteKey))!;
            var recorded = await states.GetByDocumentAsync(DemoApi.RouteKey);
            foreach (var (_, culture) in Translators)
            {
                Assert.Equal(Marker(culture, round), draft.NameIn(culture));
                Assert.Equal(TranslationStatus.Translated, recorded.Single(s => s.Culture == culture && s.Path == FieldPath.NodeName).Status);
            }
        }
    }

    private static string Marker(string culture, int round) => $"Intranasal ketamine {culture} {round}";

    /// <summary>The exported file with the document name's target set to <paramref name="name"/>.</summary>
    private static string Translated(string xliff, string name)
    {
        var document = XDocument.Parse(xliff, LoadOptions.PreserveWhitespace);
        var unit = document.Descendants().Single(e => e.Name.LocalName is "trans-unit" or "unit" && (string?)e.Attribute("id") == FieldPath.NodeName.Value);
        unit.Descendants().Single(e => e.Name.LocalName == "target").Value = name;
        return document.ToString(SaveOptions.DisableFormatting);
    }
}
