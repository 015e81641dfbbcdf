using CarePages.Core.Documents;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Documents;
using CarePages.Umbraco.Harness;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Tests.Harness;

/// <summary>Publishing and editing the sample clinic through Umbraco's own content services, as an editor in the backoffice would.</summary>
internal static class ClinicPublishing
{
    /// <summary>Publishes the treatment overview in the source culture, so its routes have a published parent (Umbraco requires one).</summary>
    public static async Task PublishOverviewAsync(this UmbracoHarness harness) =>
        Assert.Equal(ContentPublishingOperationStatus.Success, await harness.PublishAsync(ClinicSite.OverviewKey, "en-GB"));

    /// <summary>Publishes <paramref name="cultures"/> of a document through <c>IContentPublishingService</c>, as the administrator.</summary>
    public static async Task<ContentPublishingOperationStatus> PublishAsync(this UmbracoHarness harness, Guid key, params string[] cultures)
    {
        var attempt = await harness.GetRequiredService<IContentPublishingService>().PublishAsync(
            key, cultures.Select(c => new CulturePublishScheduleModel { Culture = c }).ToArray(), Constants.Security.SuperUserKey);
        return attempt.Status;
    }

    /// <summary>The messages the last publish's gates gave (each as "type: text").</summary>
    public static IReadOnlyList<EventMessage> LastPublishMessages(this UmbracoHarness harness) =>
        harness.Site.Notifications.OfType<ContentPublishingNotification>().LastOrDefault()?.Messages.GetAll().ToArray() ?? [];

    /// <summary>Sets one value and saves the draft through <c>IContentService</c>.</summary>
    public static void SaveValue(this UmbracoHarness harness, Guid key, string alias, string? culture, object? value)
    {
        var content = harness.GetRequiredService<IContentService>();
        var document = content.GetById(key)!;
        document.SetValue(alias, value, culture);
        Assert.True(content.Save(document).Success);
    }

    /// <summary>The document's source (en-GB) units, as the translation workflow sees them.</summary>
    public static IReadOnlyList<TranslatableUnit> SourceUnits(this UmbracoHarness harness, Guid key) =>
        TranslatableUnits.Of(ContentDocumentReader.Read(harness.GetRequiredService<IContentService>().GetById(key)!, "en-GB")!);

    /// <summary>Translates, submits and approves every unit of <paramref name="culture"/> (a translator, then another reviewer).</summary>
    public static async Task ApproveAllAsync(this UmbracoHarness harness, Guid key, string culture)
    {
        using var scope = harness.Services.CreateScope();
        var workflow = scope.ServiceProvider.GetRequiredService<TranslationWorkflowService>();
        var translator = new TranslationActor("5b3f8d7e-0000-4000-8000-000000000001", "Ana", [culture]);
        var reviewer = new TranslationActor("5b3f8d7e-0000-4000-8000-000000000002", "Lucía", [culture], CanReview: true);
        foreach (var unit in harness.SourceUnits(key))
        {
            await workflow.EditAsync(unit, culture, translator);
            await workflow.SubmitForReviewAsync(unit, culture, translator);
            Assert.True((await workflow.ApproveAsync(unit, culture, reviewer)).Succeeded);
        }
    }
}
