using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>A stored finding as a reader sees it: its message, hint and field label in the reader's language.</summary>
public sealed record AuditFindingView
{
    /// <summary>The document's key.</summary>
    public required Guid DocumentKey { get; init; }

    /// <summary>The document's name in <see cref="Culture"/>.</summary>
    public required string DocumentName { get; init; }

    /// <summary>The document type.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>The culture the finding is in.</summary>
    public required string Culture { get; init; }

    /// <summary>Draft or published.</summary>
    public required AuditedVersion Version { get; init; }

    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The field's alias path, or null for the page.</summary>
    public string? Property { get; init; }

    /// <summary>The field's label in the reader's language, or null for the page.</summary>
    public string? PropertyLabel { get; init; }

    /// <summary>The excerpt.</summary>
    public required string Snippet { get; init; }

    /// <summary>What is wrong.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it.</summary>
    public required string Hint { get; init; }

    /// <summary>The WCAG success criteria.</summary>
    public required IReadOnlyList<string> Wcag { get; init; }

    /// <summary>The W3C ACT rule id.</summary>
    public string? ActRule { get; init; }

    /// <summary>The message's arguments.</summary>
    public required IReadOnlyDictionary<string, string> Arguments { get; init; }

    /// <summary>The page's next review date in the culture.</summary>
    public DateOnly? NextReviewDue { get; init; }

    /// <summary>When the culture was checked.</summary>
    public required DateTimeOffset CheckedAt { get; init; }
}
