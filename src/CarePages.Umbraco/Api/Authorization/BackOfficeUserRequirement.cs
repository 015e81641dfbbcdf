using Microsoft.AspNetCore.Authorization;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Membership;

namespace CarePages.Umbraco.Api.Authorization;

/// <summary>
/// What Umbraco's backoffice access and its document controllers require of the signed-in user, asked of Umbraco's
/// user record rather than the token: the user exists, is approved, is not locked out, and has the section
/// (<see cref="Constants.Applications.Content"/> by default). Checked by <see cref="BackOfficeUserHandler"/>.
/// </summary>
public sealed class BackOfficeUserRequirement : IAuthorizationRequirement
{
    /// <summary>Creates the requirement for <paramref name="section"/>.</summary>
    public BackOfficeUserRequirement(string section = Constants.Applications.Content) => Section = section;

    /// <summary>The backoffice section the user must have.</summary>
    public string Section { get; }

    /// <summary>True when <paramref name="user"/> exists, is approved, is not locked out and has <see cref="Section"/>.</summary>
    public bool IsMetBy(IUser? user) =>
        user is { IsApproved: true, IsLockedOut: false }
        && user.AllowedSections.Contains(Section, StringComparer.OrdinalIgnoreCase);
}
