using CarePages.Core.Audit;

namespace CarePages.Persistence.Audit;

/// <summary>The audit role of a host with one server (the demo, the command-line tool): it always runs audits.</summary>
internal sealed class SingleServerAuditRole : IAuditServerRole
{
    public bool RunsAudits => true;
}
