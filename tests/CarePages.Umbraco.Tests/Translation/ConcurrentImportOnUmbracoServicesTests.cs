using System.Xml.Linq;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Translation;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

/// <summary>Translators importing into the same document at the same moment, saved through Umbraco's own services.</summary>
public sealed class ConcurrentImportOnUmbracoServicesTests
{
    private const int Rounds = 5;
    private static readonly string[] Cultures = ["es-ES", "fr-FR", "ar"];

    [Fact]
    public async Task ImportAsync_ThreeCulturesIntoOneDocumentAtOnce_EveryTranslationIsInTheDraftWithItsState()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false, configure: settings =>
        {
            settings.Configuration["CarePages:Install:Languages:2:IsoCode"] = "fr-FR";
            settings.Configuration["CarePages:Install:Languages:2:FallbackIsoCode"] = "en-GB";
        });
        var translators = await TranslatorsAsync(harness);
        for (var round = 1; round <= Rounds; round++)
        {
            var files = new List<(TranslationActor Actor, byte[] File)>();
            foreach (var (actor, culture) in translators)
            {
                files.Add((actor, await ExportAsync(harness, actor, culture, Name(culture, round))));
            }

            var reports = await Task.WhenAll(files.Select(f => Task.Run(() => ImportAsync(harness, f.Actor, f.File))));

            Assert.All(reports, r => Assert.True(r.Status == TranslationImportStatus.Success, $"round {round}: {string.Join(" ", r.Documents.Select(d => d.Reason))} {string.Join(" ", r.Messages)}"));
            var content = harness.GetRequiredService<IContentService>().GetById(ClinicSite.IntranasalRouteKey)!;
            var states = await harness.GetRequiredService<ITranslationStateStore>().GetByDocumentAsync(ClinicSite.IntranasalRouteKey);
            foreach (var culture in Cultures)
            {
                Assert.Equal(Name(culture, round), content.GetCultureName(culture));
                Assert.Equal(TranslationStatus.Translated, states.Single(s => s.Culture == culture && s.Path == FieldPath.NodeName).Status);
            }
        }
    }

    private static string Name(string culture, int round) => $"Intranasal ketamine {culture} {round}";

    private static async Task<List<(TranslationActor Actor, string Culture)>> TranslatorsAsync(UmbracoHarness harness)
    {
        var languages = harness.GetRequiredService<ILanguageService>();
        var translators = new List<(TranslationActor, string)>();
        foreach (var culture in Cultures)
        {
            var user = await harness.AddTranslatorAsync("translator" + culture.Replace("-", string.Empty, StringComparison.Ordinal), culture, ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);
            translators.Add((await UmbracoTranslationActors.FromUserAsync(user, languages), culture));
        }

        return translators;
    }

    // The exported XLIFF with the document name's target set to name.
    private static async Task<byte[]> ExportAsync(UmbracoHarness harness, TranslationActor actor, string culture, string name)
    {
        using var scope = harness.Services.CreateScope();
        var export = await scope.ServiceProvider.GetRequiredService<TranslationExportService>().ExportAsync(
            new TranslationExportRequest { DocumentKeys = [ClinicSite.IntranasalRouteKey], TargetCulture = culture, Format = ExchangeFormat.Xliff12, CopySourceToTarget = true },
            actor);
        Assert.True(export.Succeeded, $"{culture}: {string.Join(" ", export.Messages)}");
        using var stream = new MemoryStream(Assert.Single(export.Files).Content.ToArray());
        var document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        document.Descendants().Single(e => e.Name.LocalName == "trans-unit" && (string?)e.Attribute("id") == FieldPath.NodeName.Value)
            .Descendants().Single(e => e.Name.LocalName == "target").Value = name;
        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }

    private static async Task<TranslationImportReport> ImportAsync(UmbracoHarness harness, TranslationActor actor, byte[] file)
    {
        using var scope = harness.Services.CreateScope();
        using var stream = new MemoryStream(file);
        return await scope.ServiceProvider.GetRequiredService<TranslationImportService>().ImportAsync(stream, actor);
    }
}
