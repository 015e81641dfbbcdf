namespace CarePages.Core.Audit;

/// <summary>One run of the site audit, with its progress.</summary>
public sealed record AuditRun
{
    /// <summary>The run's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Where it is.</summary>
    public required AuditRunState State { get; init; }

    /// <summary>What started it: <c>backoffice</c>, <c>api</c>, <c>schedule</c>, <c>cli</c>.</summary>
    public required string Trigger { get; init; }

    /// <summary>Who asked for it (a user's name, or the schedule).</summary>
    public required string RequestedBy { get; init; }

    /// <summary>When it was asked for.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>When a server began working on it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The server (machine and process) working on it.</summary>
    public string? Owner { get; init; }

    /// <summary>When its worker last reported; a running run whose heartbeat is older than the lease was interrupted.</summary>
    public DateTimeOffset? HeartbeatAt { get; init; }

    /// <summary>How many times it was taken up again after an interruption.</summary>
    public int Resumed { get; init; }

    /// <summary>Documents in the site.</summary>
    public int Documents { get; init; }

    /// <summary>Documents this run has to audit (changed since their last audit).</summary>
    public int Total { get; init; }

    /// <summary>Documents audited so far.</summary>
    public int Done { get; init; }

    /// <summary>Document cultures checked again so far.</summary>
    public int CulturesChecked { get; init; }

    /// <summary>Documents that could not be read so far.</summary>
    public int Unreadable { get; init; }

    /// <summary>The document being audited.</summary>
    public Guid? CurrentDocumentKey { get; init; }

    /// <summary>Its name.</summary>
    public string? CurrentDocumentName { get; init; }

    /// <summary>Whether someone asked to cancel it.</summary>
    public bool CancelRequested { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>Whether it is queued or running.</summary>
    public bool IsActive => State is AuditRunState.Queued or AuditRunState.Running;
}
