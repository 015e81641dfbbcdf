using CarePages.Core.Audit;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesAuditCulture</c>: the audit of one culture of one version of a document.</summary>
public sealed class AuditCultureEntity
{
    /// <summary>The row's id, made by the package so that its findings can be inserted with it in one batch.</summary>
    public Guid Id { get; set; }

    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The culture as the site spells it.</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>The culture, upper-cased, for comparisons.</summary>
    public string CultureKey { get; set; } = string.Empty;

    /// <summary>Draft or published.</summary>
    public AuditedVersion Version { get; set; }

    /// <summary>The fingerprint of the content checked.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>The document's name in the culture.</summary>
    public string DocumentName { get; set; } = string.Empty;

    /// <summary>The document type (copied here so findings can be filtered by it).</summary>
    public string ContentTypeAlias { get; set; } = string.Empty;

    /// <summary>The clinical review date, when recorded.</summary>
    public DateOnly? ReviewedOn { get; set; }

    /// <summary>The next review due date, when recorded.</summary>
    public DateOnly? NextReviewDue { get; set; }

    /// <summary>Blocking findings.</summary>
    public int Blockers { get; set; }

    /// <summary>Warnings.</summary>
    public int Warnings { get; set; }

    /// <summary>Information findings.</summary>
    public int Infos { get; set; }

    /// <summary>When the culture was checked.</summary>
    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>Its findings.</summary>
    public List<AuditFindingEntity> Findings { get; set; } = [];
}
