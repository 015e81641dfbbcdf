using CarePages.Core.Audit;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesAuditRun</c>: one site audit run and its progress.</summary>
public sealed class AuditRunEntity
{
    /// <summary>The run's id.</summary>
    public Guid Id { get; set; }

    /// <summary>1 while the run is queued or running, null after: a unique index lets only one run be active.</summary>
    public int? ActiveSlot { get; set; }

    /// <summary>Where it is.</summary>
    public AuditRunState State { get; set; }

    /// <summary>What started it.</summary>
    public string Trigger { get; set; } = string.Empty;

    /// <summary>Who asked for it.</summary>
    public string RequestedBy { get; set; } = string.Empty;

    /// <summary>When it was asked for.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When work on it began.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The worker holding it.</summary>
    public string? Owner { get; set; }

    /// <summary>When its worker last reported.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>How many times it was taken up again.</summary>
    public int Resumed { get; set; }

    /// <summary>Documents in the site.</summary>
    public int Documents { get; set; }

    /// <summary>Documents to audit.</summary>
    public int Total { get; set; }

    /// <summary>Documents audited.</summary>
    public int Done { get; set; }

    /// <summary>Cultures checked again.</summary>
    public int CulturesChecked { get; set; }

    /// <summary>Documents that could not be read.</summary>
    public int Unreadable { get; set; }

    /// <summary>The document being audited.</summary>
    public Guid? CurrentDocumentKey { get; set; }

    /// <summary>Its name.</summary>
    public string? CurrentDocumentName { get; set; }

    /// <summary>Whether a cancel was asked for.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; set; }
}
