using CarePages.Core.SampleContent;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Api.Authorization;

/// <summary>What the API lets each user do, decided by Umbraco's own ContentPermissionService over real user groups.</summary>
public sealed class UmbracoDocumentAuthorizerOnUmbracoServicesTests
{
    private static readonly Guid RouteKey = ClinicSite.IntranasalRouteKey;
    private static readonly Guid CrpsKey = ClinicSite.CrpsKey;

    [Theory]
    [InlineData("ana", DocumentAccess.Read, "es-ES", DocumentAuthorizationStatus.Success)]
    [InlineData("ana", DocumentAccess.Update, "es-ES", DocumentAuthorizationStatus.Success)]
    [InlineData("ana", DocumentAccess.Update, "ar", DocumentAuthorizationStatus.CultureNotAllowed)]
    [InlineData("ana", DocumentAccess.Publish, "es-ES", DocumentAuthorizationStatus.PermissionDenied)]
    [InlineData("lucia", DocumentAccess.Publish, "es-ES", DocumentAuthorizationStatus.Success)]
    [InlineData("ben", DocumentAccess.Read, "es-ES", DocumentAuthorizationStatus.NodeNotAllowed)]
    [InlineData("zed", DocumentAccess.Read, "es-ES", DocumentAuthorizationStatus.PermissionDenied)]
    public async Task AuthorizeAsync_EachUserOnTheRoute_IsAnsweredAsUmbracoAnswersItsOwnControllers(string user, DocumentAccess access, string culture, DocumentAuthorizationStatus expected)
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var users = await UsersAsync(harness);
        using var request = new SignedInRequest(harness, users[user]);

        var result = await request.Get<IDocumentAuthorizer>().AuthorizeAsync([RouteKey], access, [culture]);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task FilterDocumentsAsync_UserWhoseStartNodeIsOneCondition_ReadsOnlyThatCondition()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var users = await UsersAsync(harness);
        using var request = new SignedInRequest(harness, users["ben"]);

        var readable = await request.Get<IDocumentAuthorizer>().FilterDocumentsAsync(SampleClinic.Documents.Select(d => d.Id).ToArray(), DocumentAccess.Read);

        Assert.Equal([CrpsKey], readable);
    }

    [Fact]
    public async Task AuthorizeAsync_NobodySignedIn_IsNotSignedIn()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        using var request = new SignedInRequest(harness, null);

        var result = await request.Get<IDocumentAuthorizer>().AuthorizeAsync([RouteKey], DocumentAccess.Read, []);

        Assert.Equal(DocumentAuthorizationStatus.NotSignedIn, result.Status);
    }

    private static async Task<Dictionary<string, IUser>> UsersAsync(UmbracoHarness harness)
    {
        var spanish = (await harness.GetRequiredService<ILanguageService>().GetAsync("es-ES"))!.Id;
        var crps = harness.GetRequiredService<IContentService>().GetById(CrpsKey)!.Id;
        string[] readUpdate = [ActionBrowse.ActionLetter, ActionUpdate.ActionLetter];
        return new Dictionary<string, IUser>
        {
            ["ana"] = harness.Users.AddUser("Ana", [harness.Users.AddGroup("translatorsEs", readUpdate, [spanish])]),
            ["lucia"] = harness.Users.AddUser("Lucia", [harness.Users.AddGroup("reviewersEs", [.. readUpdate, ActionPublish.ActionLetter], [spanish])]),
            ["ben"] = harness.Users.AddUser("Ben", [harness.Users.AddGroup("crpsEditors", readUpdate, startContentId: crps)]),
            ["zed"] = harness.Users.AddUser("Zed", [harness.Users.AddGroup("noDocumentRights", [])]),
        };
    }
}
