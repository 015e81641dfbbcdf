using System.Text.Json.Serialization;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The outcome of an export.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Job">The job created, or null when refused.</param>
/// <param name="Files">The files to hand to the translator: one XLIFF file, or one Markdown file per document.</param>
/// <param name="Messages">Why it was refused, or notes (documents left out because they are up to date); English until put in a reader's language.</param>
public sealed record TranslationExportResult(TranslationExportStatus Status, TranslationJob? Job, IReadOnlyList<ExchangeFile> Files, IReadOnlyList<string> Messages)
{
    /// <summary>True when files were written.</summary>
    public bool Succeeded => Status == TranslationExportStatus.Success;

    /// <summary>The notes <see cref="Messages"/> are written from, so that they can be put in another interface language.</summary>
    [JsonIgnore]
    public IReadOnlyList<ExchangeNote> Notes { get; init; } = [];

    /// <summary>A result with <paramref name="notes"/>, written in English in <see cref="Messages"/>.</summary>
    public static TranslationExportResult Noted(TranslationExportStatus status, TranslationJob? job, IReadOnlyList<ExchangeFile> files, IReadOnlyList<ExchangeNote> notes) =>
        new(status, job, files, notes.Select(n => n.English).ToArray()) { Notes = notes };

    /// <summary>A refusal for the reason <paramref name="note"/>.</summary>
    public static TranslationExportResult Refused(TranslationExportStatus status, ExchangeNote note) => Noted(status, null, [], [note]);

    /// <summary>This result with its <see cref="Messages"/> in <paramref name="uiCulture"/>'s language; fields named by <paramref name="fieldLabel"/> when given.</summary>
    public TranslationExportResult MessagesIn(string uiCulture, Func<FieldPath, string>? fieldLabel = null) =>
        Notes.Count == 0 ? this : this with { Messages = Notes.Select(n => n.In(uiCulture, fieldLabel)).ToArray() };
}
