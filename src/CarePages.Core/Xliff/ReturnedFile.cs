namespace CarePages.Core.Xliff;

/// <summary>
/// One <c>&lt;file&gt;</c> of a returned XLIFF file, read out of its version's XML shape: what identifies it, and
/// its units. The checks and the import that follow are the same for every version.
/// </summary>
/// <param name="DocumentRef">What names the document: the 1.2 <c>original</c> or the 2.x file <c>id</c> (a document key).</param>
/// <param name="JobId">The job id the file carries, or null.</param>
/// <param name="SourceLanguage">The file's source language.</param>
/// <param name="TargetLanguage">The file's target language.</param>
/// <param name="Units">The units in file order.</param>
internal sealed record ReturnedFile(string DocumentRef, string? JobId, string? SourceLanguage, string? TargetLanguage, IReadOnlyList<ReturnedUnit> Units);
