using CarePages.Core.Translation.Jobs;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesTranslationJob</c>: one export for translation and the snapshot of what was sent.</summary>
public sealed class TranslationJobEntity
{
    /// <summary>The job's id.</summary>
    public string JobId { get; set; } = string.Empty;

    /// <summary>The exchange format.</summary>
    public ExchangeFormat Format { get; set; }

    /// <summary>The source culture (also in the snapshot; a column so that it can be queried).</summary>
    public string SourceCulture { get; set; } = string.Empty;

    /// <summary>The target culture (also in the snapshot; a column so that it can be queried).</summary>
    public string TargetCulture { get; set; } = string.Empty;

    /// <summary>The key of the user who exported it.</summary>
    public string CreatedByKey { get; set; } = string.Empty;

    /// <summary>The name of the user who exported it.</summary>
    public string CreatedByName { get; set; } = string.Empty;

    /// <summary>When it was exported.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The export snapshot (<c>XliffExportJob</c>) as JSON.</summary>
    public string ExportJson { get; set; } = string.Empty;

    /// <summary>The documents in the job, for finding jobs by document.</summary>
    public List<TranslationJobDocumentEntity> Documents { get; set; } = [];
}
