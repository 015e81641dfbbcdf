using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Jobs;

/// <summary>
/// One export for translation, kept until its file comes back: who exported what, when and in which format, and the
/// source exactly as it was sent (<see cref="Export"/>), to check the returning file against and rebuild markup from.
/// </summary>
public sealed record TranslationJob
{
    /// <summary>The job's id, written into the exported file.</summary>
    public required string JobId { get; init; }

    /// <summary>The format the job was exported in.</summary>
    public required ExchangeFormat Format { get; init; }

    /// <summary>Who exported it.</summary>
    public required UserReference CreatedBy { get; init; }

    /// <summary>When it was exported.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The cultures, documents and source units as sent.</summary>
    public required XliffExportJob Export { get; init; }

    /// <summary>The source culture.</summary>
    public string SourceCulture => Export.SourceCulture;

    /// <summary>The single target culture.</summary>
    public string TargetCulture => Export.TargetCulture;
}
