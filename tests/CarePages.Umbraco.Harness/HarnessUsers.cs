using CarePages.Umbraco.Harness.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness;

/// <summary>
/// Users and groups as rows, written the way Umbraco's installer writes the administrator: tests add translators and
/// reviewers with the languages, permissions and start nodes a site would give them.
/// </summary>
public sealed class HarnessUsers
{
    /// <summary>Every document permission an administrator has (read, create, update, delete, publish, unpublish).</summary>
    public static readonly string[] AllDocumentPermissions =
        [ActionBrowse.ActionLetter, ActionNew.ActionLetter, ActionUpdate.ActionLetter, ActionDelete.ActionLetter, ActionPublish.ActionLetter, ActionUnpublish.ActionLetter];

    private readonly IServiceProvider _services;

    internal HarnessUsers(IServiceProvider services) => _services = services;

    /// <summary>Adds a user group: its sections, default document permissions, languages (none: all) and start node.</summary>
    public IUserGroup AddGroup(string alias, IEnumerable<string> permissions, IEnumerable<int>? languageIds = null, int? startContentId = -1, Guid? key = null)
    {
        var group = new UserGroup(_services.GetRequiredService<IShortStringHelper>(), 0, alias, alias, "icon-users")
        {
            Key = key ?? Guid.NewGuid(),
            Permissions = new HashSet<string>(permissions),
            HasAccessToAllLanguages = languageIds is null,
            StartContentId = startContentId,
            StartMediaId = -1,
        };
        group.AddAllowedSection(Constants.Applications.Content);
        foreach (var id in languageIds ?? [])
        {
            group.AddAllowedLanguage(id);
        }

        _services.GetRequiredService<UserGroupRepository>().Seed(group);
        return group;
    }

    /// <summary>Adds an approved user in <paramref name="groups"/>.</summary>
    public IUser AddUser(string name, IEnumerable<IUserGroup> groups, Guid? key = null, int? id = null, bool approved = true)
    {
        var globalSettings = _services.GetRequiredService<IOptions<GlobalSettings>>().Value;
        var username = name.ToLowerInvariant().Replace(' ', '.');
        var user = new User(globalSettings, name, username + "@clinic.example", username, "not-a-password")
        {
            Key = key ?? Guid.NewGuid(),
            IsApproved = approved,
        };
        if (id is { } fixedId)
        {
            user.Id = fixedId;
        }

        foreach (var group in groups)
        {
            user.AddGroup(group.ToReadOnlyGroup());
        }

        _services.GetRequiredService<UserRepository>().Seed(user);
        return user;
    }

    /// <summary>The administrators group and the super user (<see cref="Constants.Security.SuperUserKey"/>), as an install leaves them.</summary>
    internal void SeedAdministrator()
    {
        var admins = AddGroup(Constants.Security.AdminGroupAlias, AllDocumentPermissions, key: Constants.Security.AdminGroupKey);
        AddUser("Administrator", [admins], Constants.Security.SuperUserKey, -1);
    }
}
