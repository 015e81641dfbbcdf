using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>Which stored findings to list: every filter given must hold; none given lists every finding of the version.</summary>
public sealed record AuditQuery
{
    /// <summary>The most findings a page may hold.</summary>
    public const int MaxTake = 500;

    /// <summary>The version audited. Default: the draft.</summary>
    public AuditedVersion Version { get; init; } = AuditedVersion.Draft;

    /// <summary>Only this rule's findings.</summary>
    public string? RuleId { get; init; }

    /// <summary>Only findings of at least this severity.</summary>
    public FindingSeverity? MinimumSeverity { get; init; }

    /// <summary>Only findings in these cultures; empty: every culture.</summary>
    public IReadOnlyList<string> Cultures { get; init; } = [];

    /// <summary>Only findings on documents of this type.</summary>
    public string? ContentTypeAlias { get; init; }

    /// <summary>Only findings on this document.</summary>
    public Guid? DocumentKey { get; init; }

    /// <summary>Only findings on these documents (e.g. those the reader may read); null: every document.</summary>
    public IReadOnlyCollection<Guid>? DocumentKeys { get; init; }

    /// <summary>Only findings on pages whose next review is due on or before this day.</summary>
    public DateOnly? ReviewDueBy { get; init; }

    /// <summary>How many matching findings to pass over (most severe first, then by document and culture).</summary>
    public int Skip { get; init; }

    /// <summary>How many findings to return, at most <see cref="MaxTake"/>. Default: 50.</summary>
    public int Take { get; init; } = 50;
}
