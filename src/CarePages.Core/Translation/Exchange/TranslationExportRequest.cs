using CarePages.Core.Translation.Jobs;

namespace CarePages.Core.Translation.Exchange;

/// <summary>What to send to translators.</summary>
public sealed record TranslationExportRequest
{
    /// <summary>The documents to export.</summary>
    public required IReadOnlyList<Guid> DocumentKeys { get; init; }

    /// <summary>The one culture the file is translated into.</summary>
    public required string TargetCulture { get; init; }

    /// <summary>The file format. Default XLIFF 1.2.</summary>
    public ExchangeFormat Format { get; init; } = ExchangeFormat.Xliff12;

    /// <summary>Fill empty targets with a copy of the source (OmegaT 3.6 only reads units that have a target). Default false.</summary>
    public bool CopySourceToTarget { get; init; }
}
