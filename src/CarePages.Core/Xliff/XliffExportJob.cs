namespace CarePages.Core.Xliff;

/// <summary>
/// What goes to translators in one file: documents from one source culture into one target culture.
/// The same job is given back on import, to check the file belongs to it and to rebuild HTML from the source.
/// </summary>
public sealed record XliffExportJob
{
    /// <summary>The job's id, written into the file and required back on import.</summary>
    public required string JobId { get; init; }

    /// <summary>The source culture (e.g. <c>en-GB</c>).</summary>
    public required string SourceCulture { get; init; }

    /// <summary>The single target culture of the file (e.g. <c>es-ES</c>).</summary>
    public required string TargetCulture { get; init; }

    /// <summary>
    /// When true, units without an existing target get a copy of the source as their target (1.2
    /// <c>&lt;target state="new"&gt;</c>, 2.x <c>&lt;segment state="initial"&gt;</c>; OmegaT 3.6 only extracts units
    /// that have a target).
    /// </summary>
    public bool CopySourceToTarget { get; init; }

    /// <summary>The documents in the job.</summary>
    public IReadOnlyList<XliffExportDocument> Documents { get; init; } = [];
}
