using CarePages.Core.Audit;

namespace CarePages.Demo.Tests.Api.Audit;

/// <summary>A server that queues runs for another to work on, so a test can look at a run while it stays queued.</summary>
internal sealed class QueueOnlyServerRole : IAuditServerRole
{
    public bool RunsAudits => false;
}
