using System.Security.Claims;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Moq;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.AuthorizationStatus;

namespace CarePages.Umbraco.Tests.Api.Authorization;

/// <summary>
/// What the Umbraco authorizer does on its own: which permission it asks for and how it reads Umbraco's answers.
/// What Umbraco answers (start nodes, granular permissions, languages) is Umbraco's, tested against its real service.
/// </summary>
public sealed class UmbracoDocumentAuthorizerTests
{
    public static TheoryData<DocumentAccess, string> Permissions => new()
    {
        { DocumentAccess.Read, ActionBrowse.ActionLetter },
        { DocumentAccess.Update, ActionUpdate.ActionLetter },
        { DocumentAccess.Publish, ActionPublish.ActionLetter },
    };

    public static TheoryData<ContentAuthorizationStatus, DocumentAuthorizationStatus> Statuses => new()
    {
        { ContentAuthorizationStatus.Success, DocumentAuthorizationStatus.Success },
        { ContentAuthorizationStatus.NotFound, DocumentAuthorizationStatus.Success },
        { ContentAuthorizationStatus.UnauthorizedMissingPathAccess, DocumentAuthorizationStatus.NodeNotAllowed },
        { ContentAuthorizationStatus.UnauthorizedMissingRootAccess, DocumentAuthorizationStatus.NodeNotAllowed },
        { ContentAuthorizationStatus.UnauthorizedMissingBinAccess, DocumentAuthorizationStatus.NodeNotAllowed },
        { ContentAuthorizationStatus.UnauthorizedMissingDescendantAccess, DocumentAuthorizationStatus.NodeNotAllowed },
        { ContentAuthorizationStatus.UnauthorizedMissingPermissionAccess, DocumentAuthorizationStatus.PermissionDenied },
        { ContentAuthorizationStatus.UnauthorizedMissingCulture, DocumentAuthorizationStatus.CultureNotAllowed },
    };

    [Theory]
    [MemberData(nameof(Permissions))]
    public void PermissionOf_EachAccess_IsUmbracosDocumentPermission(DocumentAccess access, string permission) =>
        Assert.Equal(permission, UmbracoDocumentAuthorizer.PermissionOf(access));

    [Theory]
    [MemberData(nameof(Statuses))]
    public void StatusOf_EachUmbracoStatus_IsOurs(ContentAuthorizationStatus umbraco, DocumentAuthorizationStatus ours) =>
        Assert.Equal(ours, UmbracoDocumentAuthorizer.StatusOf(umbraco));

    [Fact]
    public void StatusOf_AStatusUmbracoMayAddLater_Refuses() =>
        Assert.Equal(DocumentAuthorizationStatus.PermissionDenied, UmbracoDocumentAuthorizer.StatusOf((ContentAuthorizationStatus)999));

    [Fact]
    public void Statuses_EveryUmbracoStatus_IsMapped() =>
        Assert.Equal(Enum.GetValues<ContentAuthorizationStatus>().Order(), Statuses.Select(row => (ContentAuthorizationStatus)row[0]).Order());

    [Fact]
    public async Task AuthorizeAsync_NobodySignedIn_NotSignedInWithoutAskingUmbraco()
    {
        var authorizer = Create(new ClaimsPrincipal(new ClaimsIdentity()));

        var result = await authorizer.AuthorizeAsync([Guid.NewGuid()], DocumentAccess.Read, ["es-ES"]);

        Assert.Equal(DocumentAuthorizationStatus.NotSignedIn, result.Status);
    }

    [Fact]
    public async Task Filters_NobodySignedIn_AreEmptyWithoutAskingUmbraco()
    {
        var authorizer = Create(principal: null);

        Assert.Empty(await authorizer.FilterDocumentsAsync([Guid.NewGuid()], DocumentAccess.Read));
        Assert.Empty(await authorizer.FilterCulturesAsync(["es-ES"]));
        Assert.Equal(DocumentAuthorizationStatus.NotSignedIn, (await authorizer.AuthorizeLanguageAsync("es")).Status);
    }

    [Fact]
    public async Task AuthorizeAsync_TokenOfAUserUmbracoDoesNotHave_NotSignedIn()
    {
        var key = Guid.NewGuid();
        var users = new Mock<IUserService>(MockBehavior.Strict);
        users.Setup(u => u.GetAsync(key)).ReturnsAsync((IUser?)null);
        var identity = new ClaimsIdentity([new Claim("sub", key.ToString())], "Bearer");

        var result = await Create(new ClaimsPrincipal(identity), users.Object).AuthorizeAsync([Guid.NewGuid()], DocumentAccess.Update, []);

        Assert.Equal(DocumentAuthorizationStatus.NotSignedIn, result.Status);
    }

    // Umbraco's services are strict doubles without setups: any question to them fails the test.
    private static UmbracoDocumentAuthorizer Create(ClaimsPrincipal? principal, IUserService? users = null) => new(
        new Mock<IContentPermissionService>(MockBehavior.Strict).Object,
        users ?? new Mock<IUserService>(MockBehavior.Strict).Object,
        new Mock<ILanguageService>(MockBehavior.Strict).Object,
        new HttpContextAccessor { HttpContext = principal is null ? null : new DefaultHttpContext { User = principal } });
}
