using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Translation;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

/// <summary>The translation API's actions for backoffice users of a site, with their groups and start nodes as Umbraco keeps them.</summary>
public sealed class TranslationApiOnUmbracoServicesTests
{
    private static readonly Guid RouteKey = ClinicSite.IntranasalRouteKey;
    private static readonly Guid CrpsKey = ClinicSite.CrpsKey;

    [Fact]
    public async Task Export_UserWhoseStartNodeIsElsewhere_Is403NodeNotAllowedEvenInTheirLanguage()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var crps = harness.GetRequiredService<IContentService>().GetById(CrpsKey)!.Id;
        var ben = harness.Users.AddUser("Ben", [harness.Users.AddGroup("crpsEditors", [ActionBrowse.ActionLetter, ActionUpdate.ActionLetter], startContentId: crps)]);
        using var request = new SignedInRequest(harness, ben);

        var result = await request.Controller<TranslationExportApiController>().Export(new ExportRequestBody([RouteKey], "es-ES"), request.Get<TranslationExportService>(), CancellationToken.None);

        var refused = Assert.IsType<ObjectResult>(result);
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal("NodeNotAllowed", Assert.IsType<ProblemDetails>(refused.Value).Extensions["operationStatus"]);
    }

    [Fact]
    public async Task Approve_TranslatorWithoutPublishOnTheDocument_Is403()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var ana = await harness.AddSpanishUserAsync("Ana", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);
        using var request = new SignedInRequest(harness, ana);

        var result = await request.Controller<TranslationReviewApiController>().Review(RouteKey, "es-ES", ReviewStep.Approve, null, request.Get<TranslationReviewService>(), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task GetCurrentActorAsync_SpanishTranslatorAndReviewer_HaveTheirGroupsLanguagesAndReviewRight()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var ana = await harness.AddSpanishUserAsync("Ana", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);
        var lucia = await harness.AddSpanishUserAsync("Lucia", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter, ActionPublish.ActionLetter);

        var translator = await ActorAsync(harness, ana);
        var reviewer = await ActorAsync(harness, lucia);
        var administrator = await ActorAsync(harness, await harness.GetRequiredService<IUserService>().GetAsync(Constants.Security.SuperUserKey));

        Assert.Equal((ana.Key.ToString("D"), "Ana", false), (translator!.UserKey, translator.DisplayName, translator.CanReview));
        Assert.Equal(["es-ES"], translator.Cultures);
        Assert.True(reviewer!.CanReview);
        Assert.Equal(["ar", "en-GB", "es-ES"], administrator!.Cultures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetCurrentActorAsync_NobodySignedIn_IsNull()
    {
        using var harness = await ClinicSite.StartAsync();

        Assert.Null(await ActorAsync(harness, null));
    }

    private static async Task<TranslationActor?> ActorAsync(UmbracoHarness harness, IUser? user)
    {
        using var request = new SignedInRequest(harness, user);
        return await request.Get<ITranslationActorAccessor>().GetCurrentActorAsync();
    }
}
