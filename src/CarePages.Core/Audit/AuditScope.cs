namespace CarePages.Core.Audit;

/// <summary>The part of the stored audit a summary counts: one version, in some cultures, of some documents (those a reader may read).</summary>
public sealed record AuditScope
{
    /// <summary>The version audited. Default: the draft.</summary>
    public AuditedVersion Version { get; init; } = AuditedVersion.Draft;

    /// <summary>Only these cultures; empty: every culture.</summary>
    public IReadOnlyList<string> Cultures { get; init; } = [];

    /// <summary>Only these documents; null: every document.</summary>
    public IReadOnlyCollection<Guid>? DocumentKeys { get; init; }
}
