using System.Text.Json.Serialization;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The import report line of one field (or one rich-text unit of it, when a unit was rejected).</summary>
/// <param name="Path">The field path or unit id.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">Why it was rejected or not applied; null when imported.</param>
/// <param name="SourceChange">For <see cref="FieldImportOutcome.ImportedNeedsReview"/>: the source as sent and as it is now.</param>
/// <param name="Warnings">Notes for the reviewer: markup removed by sanitising, glossary terms missing.</param>
public sealed record FieldImportReport(string Path, FieldImportOutcome Outcome, string? Reason = null, SourceChange? SourceChange = null, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>For <see cref="FieldImportOutcome.NewerTranslationKept"/>: the translation in the draft and the one in the file.</summary>
    public TranslationDiff? Diff { get; init; }

    /// <summary>For each of <see cref="Warnings"/>, its <see cref="ExchangeMessages"/> key.</summary>
    public IReadOnlyList<string>? WarningKeys { get; init; }

    /// <summary>The notes <see cref="Warnings"/> are written from, so that a report can be put in another interface language.</summary>
    [JsonIgnore]
    public IReadOnlyList<ExchangeNote> Notes { get; init; } = [];

    /// <summary>The note <see cref="Reason"/> is written from, so that a report can be put in another interface language.</summary>
    [JsonIgnore]
    public ExchangeNote? ReasonNote { get; init; }

    /// <summary>This report with <paramref name="notes"/> as its warnings, written in <paramref name="uiCulture"/>'s language.</summary>
    public FieldImportReport WithNotes(IReadOnlyList<ExchangeNote> notes, string uiCulture, Func<FieldPath, string>? fieldLabel = null) => notes.Count == 0
        ? this with { Notes = notes }
        : this with { Notes = notes, Warnings = notes.Select(n => n.In(uiCulture, fieldLabel)).ToArray(), WarningKeys = notes.Select(n => n.Key).ToArray() };

    /// <summary>This report with <paramref name="reason"/> as its reason, in English until labelled.</summary>
    public FieldImportReport Because(ExchangeNote reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return this with { Reason = reason.English, ReasonKey = reason.Key, ReasonNote = reason };
    }

    /// <summary>This report with its reason and warnings written in <paramref name="uiCulture"/>'s language.</summary>
    public FieldImportReport In(string uiCulture, Func<FieldPath, string>? fieldLabel = null) =>
        (this with { Reason = ReasonNote?.In(uiCulture, fieldLabel) ?? Reason }).WithNotes(Notes, uiCulture, fieldLabel);

    /// <summary>The field's label for people ("Benefit 2 › Title"; see <see cref="TranslationImportService.LabelAsync"/>); null until labelled.</summary>
    public string? Label { get; init; }

    /// <summary>The <see cref="ExchangeMessages"/> key of <see cref="Reason"/> (the reason is then in the reader's language once labelled).</summary>
    public string? ReasonKey { get; init; }
}
