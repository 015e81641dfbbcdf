using System.Security.Claims;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Harness;
using Microsoft.AspNetCore.Authorization;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Api.Authorization;

/// <summary>The API's backoffice-user requirement, checked against users as Umbraco's user service returns them.</summary>
public sealed class BackOfficeUserHandlerOnUmbracoServicesTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task HandleAsync_UserWithTheContentSection_SucceedsOnlyWhenApproved(bool approved, bool succeeds)
    {
        using var harness = UmbracoHarness.Start();
        var user = harness.Users.AddUser("Editor", [harness.Users.AddGroup("editors", HarnessUsers.AllDocumentPermissions)], approved: approved);

        Assert.Equal(succeeds, await SucceedsAsync(harness, user.Key));
    }

    [Fact]
    public async Task HandleAsync_TokenOfAUserDeletedSince_DoesNotSucceed()
    {
        using var harness = UmbracoHarness.Start();

        Assert.False(await SucceedsAsync(harness, Guid.NewGuid()));
    }

    private static async Task<bool> SucceedsAsync(UmbracoHarness harness, Guid userKey)
    {
        var requirement = new BackOfficeUserRequirement();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userKey.ToString())], "OpenIddict.Validation.AspNetCore"));
        var context = new AuthorizationHandlerContext([requirement], principal, null);
        await new BackOfficeUserHandler(harness.GetRequiredService<IUserService>()).HandleAsync(context);
        return context.HasSucceeded;
    }
}
