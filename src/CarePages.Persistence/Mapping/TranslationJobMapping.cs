using System.Text.Json;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;

namespace CarePages.Persistence.Mapping;

/// <summary>Copies <see cref="TranslationJob"/> to and from its rows, the export snapshot as JSON.</summary>
internal static class TranslationJobMapping
{
    /// <summary>A new row for <paramref name="job"/>, with one document row per distinct document of its export.</summary>
    public static TranslationJobEntity ToEntity(TranslationJob job) => new()
    {
        JobId = job.JobId,
        Format = job.Format,
        SourceCulture = job.SourceCulture,
        TargetCulture = job.TargetCulture,
        CreatedByKey = job.CreatedBy.UserKey,
        CreatedByName = job.CreatedBy.DisplayName,
        CreatedAt = job.CreatedAt,
        ExportJson = JsonSerializer.Serialize(job.Export, ExportSnapshotJsonContext.Default.XliffExportJob),
        Documents = job.Export.Documents
            .Select(d => d.Key)
            .Distinct()
            .Select(key => new TranslationJobDocumentEntity { JobId = job.JobId, DocumentKey = key })
            .ToList(),
    };

    /// <summary>The job a row holds.</summary>
    public static TranslationJob ToJob(TranslationJobEntity entity) => new()
    {
        JobId = entity.JobId,
        Format = entity.Format,
        CreatedBy = new UserReference(entity.CreatedByKey, entity.CreatedByName),
        CreatedAt = entity.CreatedAt,
        Export = JsonSerializer.Deserialize(entity.ExportJson, ExportSnapshotJsonContext.Default.XliffExportJob)
            ?? throw new InvalidDataException($"The export snapshot of translation job \"{entity.JobId}\" is empty."),
    };
}
