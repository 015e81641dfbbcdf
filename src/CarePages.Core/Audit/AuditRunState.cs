using System.Text.Json.Serialization;

namespace CarePages.Core.Audit;

/// <summary>Where a site audit run is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditRunState>))]
public enum AuditRunState
{
    /// <summary>Asked for; waits for the server that runs audits to take it.</summary>
    Queued = 0,

    /// <summary>Being worked on (or interrupted, if its heartbeat is old: the next server to look resumes it).</summary>
    Running = 1,

    /// <summary>Every document was audited.</summary>
    Completed = 2,

    /// <summary>Stopped on request; what was audited until then is kept.</summary>
    Cancelled = 3,

    /// <summary>Stopped by an error outside any one document (the database, the content source).</summary>
    Failed = 4,
}
