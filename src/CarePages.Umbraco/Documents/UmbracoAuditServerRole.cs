using CarePages.Core.Audit;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Documents;

/// <summary>
/// Runs site audits on the server Umbraco schedules background work on: the scheduling publisher of a load-balanced site,
/// or a single server. Subscribers queue runs for it.
/// </summary>
public sealed class UmbracoAuditServerRole : IAuditServerRole
{
    private readonly IServerRoleAccessor _roles;

    /// <summary>Creates the role check.</summary>
    public UmbracoAuditServerRole(IServerRoleAccessor roles) => _roles = roles;

    /// <inheritdoc />
    public bool RunsAudits => _roles.CurrentServerRole is ServerRole.Single or ServerRole.SchedulingPublisher;
}
