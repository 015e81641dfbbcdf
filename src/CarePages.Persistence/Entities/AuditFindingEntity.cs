using CarePages.Core.Audit;
using CarePages.Core.Checks;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesAuditFinding</c>: one stored finding of one audited culture.</summary>
public sealed class AuditFindingEntity
{
    /// <summary>The audited culture's row.</summary>
    public Guid CultureId { get; set; }

    /// <summary>The finding's place in the engine's order within its culture.</summary>
    public int Ordinal { get; set; }

    /// <summary>The audited culture.</summary>
    public AuditCultureEntity? CultureRow { get; set; }

    /// <summary>The document's key (copied for filtering).</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The culture, upper-cased (copied for filtering).</summary>
    public string CultureKey { get; set; } = string.Empty;

    /// <summary>Draft or published (copied for filtering).</summary>
    public AuditedVersion Version { get; set; }

    /// <summary>The document type (copied for filtering).</summary>
    public string ContentTypeAlias { get; set; } = string.Empty;

    /// <summary>The rule's id.</summary>
    public string RuleId { get; set; } = string.Empty;

    /// <summary>The message's catalogue key.</summary>
    public string MessageKey { get; set; } = string.Empty;

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; set; }

    /// <summary>The field, or null for the page.</summary>
    public string? Property { get; set; }

    /// <summary>The excerpt.</summary>
    public string Snippet { get; set; } = string.Empty;

    /// <summary>The WCAG success criteria, comma-separated.</summary>
    public string Wcag { get; set; } = string.Empty;

    /// <summary>The W3C ACT rule id.</summary>
    public string? ActRule { get; set; }

    /// <summary>The message's arguments as a JSON object.</summary>
    public string Arguments { get; set; } = "{}";
}
