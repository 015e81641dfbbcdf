namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// The one place an import's overall status is decided from what became of each document: Success, PartlyApplied,
/// NothingApplied, AlreadyApplied or NeedsConfirmation, for XLIFF (<see cref="Xliff.XliffExchange"/>) and Markdown alike.
/// </summary>
internal static class ImportStatusDecision
{
    /// <summary>The status of a file whose documents had <paramref name="outcomes"/>; a file without documents applied nothing.</summary>
    public static TranslationImportStatus Of(IReadOnlyCollection<DocumentImportOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var applied = outcomes.Count(o => o == DocumentImportOutcome.Applied);
        var before = outcomes.Count(o => o == DocumentImportOutcome.AlreadyApplied);
        var kept = outcomes.Count(o => o == DocumentImportOutcome.NewerTranslationKept);
        if (outcomes.Count == 0)
        {
            return TranslationImportStatus.NothingApplied;
        }

        if (applied + before == outcomes.Count)
        {
            return applied > 0 ? TranslationImportStatus.Success : TranslationImportStatus.AlreadyApplied;
        }

        if (applied + before + kept == outcomes.Count)
        {
            return TranslationImportStatus.NeedsConfirmation;
        }

        return applied > 0 ? TranslationImportStatus.PartlyApplied : TranslationImportStatus.NothingApplied;
    }

    /// <summary>The status of a file whose documents were reported as <paramref name="reports"/>.</summary>
    public static TranslationImportStatus Of(IReadOnlyList<DocumentImportReport> reports) => Of(reports.Select(OutcomeOf).ToArray());

    // A document is already applied when every field of the file was (the source copied back aside), and kept
    // newer translations when any field was; only one of these holds for any report.
    private static DocumentImportOutcome OutcomeOf(DocumentImportReport report) =>
        report.Applied ? DocumentImportOutcome.Applied
        : report.Fields.Any(f => f.Outcome == FieldImportOutcome.AlreadyApplied)
            && report.Fields.All(f => f.Outcome is FieldImportOutcome.AlreadyApplied or FieldImportOutcome.SourceCopied) ? DocumentImportOutcome.AlreadyApplied
        : report.Fields.Any(f => f.Outcome == FieldImportOutcome.NewerTranslationKept) ? DocumentImportOutcome.NewerTranslationKept
        : DocumentImportOutcome.NotApplied;
}
