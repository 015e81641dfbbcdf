using Microsoft.AspNetCore.Authorization;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Api.Authorization;

/// <summary>Meets <see cref="BackOfficeUserRequirement"/> when the user whose key the token carries meets it now.</summary>
public sealed class BackOfficeUserHandler : AuthorizationHandler<BackOfficeUserRequirement>
{
    private readonly IUserService _users;

    /// <summary>Creates the handler.</summary>
    public BackOfficeUserHandler(IUserService users) => _users = users;

    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BackOfficeUserRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.Identity is { IsAuthenticated: true } identity
            && identity.GetUserKey() is { } key
            && requirement.IsMetBy(await _users.GetAsync(key).ConfigureAwait(false)))
        {
            context.Succeed(requirement);
        }
    }
}
