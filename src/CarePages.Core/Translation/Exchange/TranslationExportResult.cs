using CarePages.Core.Translation.Jobs;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The outcome of an export.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Job">The job created, or null when refused.</param>
/// <param name="Files">The files to hand to the translator: one XLIFF file, or one Markdown file per document.</param>
/// <param name="Messages">Why it was refused, or notes (documents left out because they are up to date).</param>
public sealed record TranslationExportResult(TranslationExportStatus Status, TranslationJob? Job, IReadOnlyList<ExchangeFile> Files, IReadOnlyList<string> Messages)
{
    /// <summary>True when files were written.</summary>
    public bool Succeeded => Status == TranslationExportStatus.Success;

    /// <summary>A refusal with a message.</summary>
    public static TranslationExportResult Refused(TranslationExportStatus status, string message) => new(status, null, [], [message]);
}
