namespace CarePages.Core.Translation.Jobs;

/// <summary>Where exported translation jobs are kept until their files come back (the package's tables in a site).</summary>
public interface ITranslationJobStore
{
    /// <summary>Stores a new job; a job id is never reused.</summary>
    Task SaveAsync(TranslationJob job, CancellationToken cancellationToken = default);

    /// <summary>The job with <paramref name="jobId"/>, or null when there is none.</summary>
    Task<TranslationJob?> FindAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>The jobs that include the document with <paramref name="documentKey"/>, newest first.</summary>
    Task<IReadOnlyList<TranslationJob>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default);
}
