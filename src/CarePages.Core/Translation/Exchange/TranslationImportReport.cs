using System.Text.Json.Serialization;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Exchange;

/// <summary>What importing a returned file did.</summary>
/// <param name="Status">The overall outcome.</param>
/// <param name="JobId">The job the file belongs to, when known.</param>
/// <param name="TargetCulture">The job's target culture, when known.</param>
/// <param name="Messages">Why the file was refused, in the words of the check that refused it (English until labelled).</param>
/// <param name="Documents">One report per document in the file.</param>
public sealed record TranslationImportReport(TranslationImportStatus Status, string? JobId, string? TargetCulture, IReadOnlyList<string> Messages, IReadOnlyList<DocumentImportReport> Documents)
{
    /// <summary>True when every document was applied, now or by an earlier import of the same file.</summary>
    public bool Succeeded => Status is TranslationImportStatus.Success or TranslationImportStatus.AlreadyApplied;

    /// <summary>The notes <see cref="Messages"/> are written from, so that a report can be put in another interface language.</summary>
    [JsonIgnore]
    public IReadOnlyList<ExchangeNote> MessageNotes { get; init; } = [];

    /// <summary>A refusal of the whole file, with <paramref name="reasons"/> in English until labelled.</summary>
    public static TranslationImportReport Refused(TranslationImportStatus status, string? jobId, params ExchangeNote[] reasons) => Refused(status, jobId, null, reasons);

    /// <summary>A refusal of the whole file of a job into <paramref name="targetCulture"/>.</summary>
    public static TranslationImportReport Refused(TranslationImportStatus status, string? jobId, string? targetCulture, IReadOnlyList<ExchangeNote> reasons) =>
        new(status, jobId, targetCulture, reasons.Select(r => r.English).ToArray(), []) { MessageNotes = reasons };

    /// <summary>This report's own messages written in <paramref name="uiCulture"/>'s language (documents are labelled by <see cref="TranslationImportService.LabelAsync"/>).</summary>
    public TranslationImportReport MessagesIn(string uiCulture) =>
        MessageNotes.Count == 0 ? this : this with { Messages = MessageNotes.Select(n => n.In(uiCulture)).ToArray() };
}
