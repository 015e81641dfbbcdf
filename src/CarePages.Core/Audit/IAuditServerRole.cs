namespace CarePages.Core.Audit;

/// <summary>
/// Whether this server works on audit runs. In a load-balanced Umbraco site only the scheduling publisher does; the
/// others queue runs for it. A single server, the demo and the command-line tool always do.
/// </summary>
public interface IAuditServerRole
{
    /// <summary>True when this server takes queued runs and runs the schedule.</summary>
    bool RunsAudits { get; }
}
