namespace CarePages.Core.Translation.Exchange;

/// <summary>What importing a returned file did.</summary>
/// <param name="Status">The overall outcome.</param>
/// <param name="JobId">The job the file belongs to, when known.</param>
/// <param name="TargetCulture">The job's target culture, when known.</param>
/// <param name="Messages">Why the file was refused, in the words of the check that refused it.</param>
/// <param name="Documents">One report per document in the file.</param>
public sealed record TranslationImportReport(TranslationImportStatus Status, string? JobId, string? TargetCulture, IReadOnlyList<string> Messages, IReadOnlyList<DocumentImportReport> Documents)
{
    /// <summary>True when every document was applied, now or by an earlier import of the same file.</summary>
    public bool Succeeded => Status is TranslationImportStatus.Success or TranslationImportStatus.AlreadyApplied;

    /// <summary>A refusal of the whole file.</summary>
    public static TranslationImportReport Refused(TranslationImportStatus status, string? jobId, params string[] messages) => new(status, jobId, null, messages, []);
}
