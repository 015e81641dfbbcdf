using System.Text.Json.Serialization;

namespace CarePages.Core.Audit;

/// <summary>The outcome of asking for a site audit run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditRunOperationStatus>))]
public enum AuditRunOperationStatus
{
    /// <summary>The run was queued; the server that runs audits takes it at once.</summary>
    Queued = 0,

    /// <summary>A run is already queued or running; it is returned with its progress.</summary>
    AlreadyActive = 1,

    /// <summary>No run is queued or running, so there is nothing to cancel.</summary>
    NotActive = 2,

    /// <summary>The run was asked to stop; it stops after the batch it is working on.</summary>
    CancelRequested = 3,
}
