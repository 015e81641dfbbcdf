using AngleSharp.Html.Parser;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Translation;
using Umbraco.Cms.Core.Actions;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Tests.Translation.Machine;

/// <summary>
/// The whole of a machine first draft on Umbraco's own services with a real apertium-apy: pre-filled into the draft
/// through Umbraco's content editing, refused by Umbraco's publishing until post-edited and approved, then published.
/// </summary>
public sealed class MachinePrefillOnUmbracoServicesTests
{
    private static readonly TranslationActor Reviewer = new("5b3f8d7e-0000-4000-8000-000000000002", "Lucía", ["es-ES"], CanReview: true);

    [ApertiumFact]
    public async Task PrefillAsync_RouteIntoSpanish_MachineDraftBlocksPublishingUntilPostEditedAndApproved()
    {
        await using var apertium = new ApertiumServer();
        await apertium.StartAsync();
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false, configure: s =>
        {
            s.Configuration["CarePages:MachineTranslation:Engine"] = "Apertium";
            s.Configuration["CarePages:MachineTranslation:Apertium:BaseAddress"] = apertium.BaseAddress.ToString();
        });
        await harness.PublishOverviewAsync();
        var route = ClinicSite.IntranasalRouteKey;
        var user = await harness.AddTranslatorAsync("ana", "es-ES", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);
        var translator = await UmbracoTranslationActors.FromUserAsync(user, harness.GetRequiredService<ILanguageService>());

        MachinePrefillReport report;
        using (var scope = harness.Services.CreateScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<MachinePrefillService>().PrefillAsync(new([route], "es-ES"), translator);
        }

        Assert.Equal(MachinePrefillStatus.Success, report.Status);
        Assert.Contains(Assert.Single(report.Documents).Fields, f => f.Outcome == FieldImportOutcome.MachineTranslated);
        var content = harness.GetRequiredService<IContentService>().GetById(route)!;
        Assert.False(string.IsNullOrEmpty(content.GetCultureName("es-ES")));
        Assert.Equal(Links((string)content.GetValue("howItWorks", "en-GB")!), Links((string)content.GetValue("howItWorks", "es-ES")!));
        Assert.False(content.IsCulturePublished("es-ES"));

        Assert.NotEqual(ContentPublishingOperationStatus.Success, await harness.PublishAsync(route, "es-ES"));
        Assert.Contains(harness.LastPublishMessages(), m => m.Message.Contains("machine-translated draft", StringComparison.Ordinal));

        using (var scope = harness.Services.CreateScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<TranslationWorkflowService>();
            foreach (var unit in harness.SourceUnits(route))
            {
                await workflow.EditAsync(unit, "es-ES", translator);
                await workflow.SubmitForReviewAsync(unit, "es-ES", translator);
                Assert.True((await workflow.ApproveAsync(unit, "es-ES", Reviewer)).Succeeded);
            }
        }

        Assert.Equal(ContentPublishingOperationStatus.Success, await harness.PublishAsync(route, "es-ES"));
    }

    private static string[] Links(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToArray();
}
