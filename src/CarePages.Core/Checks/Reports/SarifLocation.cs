namespace CarePages.Core.Checks.Reports;

/// <summary>Where a SARIF result or notification is: an artifact (a file, a page), optionally a region of it, and logical places in it.</summary>
public sealed record SarifLocation
{
    /// <summary>The artifact's URI: relative to <see cref="UriBaseId"/> when one is given, else absolute.</summary>
    public required string ArtifactUri { get; init; }

    /// <summary>The base the URI is relative to, one of the run's <see cref="SarifRun.OriginalUriBaseIds"/>; null when absolute.</summary>
    public string? UriBaseId { get; init; }

    /// <summary>The 1-based line the region starts on; null: no region.</summary>
    public int? StartLine { get; init; }

    /// <summary>The 1-based column (UTF-16 code units) the region starts at.</summary>
    public int? StartColumn { get; init; }

    /// <summary>The region's text, shown by viewers; empty to leave it out.</summary>
    public string Snippet { get; init; } = string.Empty;

    /// <summary>Logical places of the result: the document, the field.</summary>
    public IReadOnlyList<SarifLogicalLocation> LogicalLocations { get; init; } = [];
}
