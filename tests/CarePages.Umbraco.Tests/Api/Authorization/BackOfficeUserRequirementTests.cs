using System.Security.Claims;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Authorization;
using Moq;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Api.Authorization;

public sealed class BackOfficeUserRequirementTests
{
    [Theory]
    [InlineData(true, false, "content", true)]
    [InlineData(false, false, "content", false)]
    [InlineData(true, true, "content", false)]
    [InlineData(true, false, "media", false)]
    public void IsMetBy_ApprovalLockoutAndSection_OnlyAnApprovedUnlockedUserWithTheContentSection(bool approved, bool lockedOut, string section, bool met) =>
        Assert.Equal(met, new BackOfficeUserRequirement().IsMetBy(User(approved, lockedOut, section)));

    [Fact]
    public void IsMetBy_NoUser_NotMet() => Assert.False(new BackOfficeUserRequirement().IsMetBy(null));

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    public async Task HandleAsync_UserOfTheToken_SucceedsOnlyWhenTheUserMeetsTheRequirement(bool approved, bool lockedOut, bool succeeded)
    {
        var key = Guid.NewGuid();
        var users = new Mock<IUserService>(MockBehavior.Strict);
        users.Setup(u => u.GetAsync(key)).ReturnsAsync(User(approved, lockedOut, "content"));
        var context = Context(new ClaimsIdentity([new Claim("sub", key.ToString())], "Bearer"));

        await new BackOfficeUserHandler(users.Object).HandleAsync(context);

        Assert.Equal(succeeded, context.HasSucceeded);
    }

    [Fact]
    public async Task HandleAsync_AnonymousRequest_NotMetWithoutLookingUpAUser()
    {
        var context = Context(new ClaimsIdentity());

        await new BackOfficeUserHandler(new Mock<IUserService>(MockBehavior.Strict).Object).HandleAsync(context);

        Assert.False(context.HasSucceeded);
    }

    private static AuthorizationHandlerContext Context(ClaimsIdentity identity) =>
        new([new BackOfficeUserRequirement()], new ClaimsPrincipal(identity), resource: null);

    private static IUser User(bool approved, bool lockedOut, string section) => Mock.Of<IUser>(u =>
        u.IsApproved == approved && u.IsLockedOut == lockedOut && u.AllowedSections == new[] { section });
}
