namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// The glossary entries that apply to a unit, for an export to send with it: as XLIFF 1.2
/// <c>&lt;note from="glossary"&gt;</c> lines (<see cref="NoteLine"/>) or as XLIFF 2.x glossary module entries
/// (<c>gls:glossEntry</c> with <c>gls:term</c> = <see cref="GlossaryEntry.SourceTerm"/> and
/// <c>gls:translation</c> = <see cref="GlossaryEntry.TargetTerm"/>, <c>gls:definition</c> = the note).
/// </summary>
public static class GlossaryHints
{
    /// <summary>The author of glossary notes in XLIFF 1.2 (<c>&lt;note from="glossary"&gt;</c>).</summary>
    public const string NoteAuthor = "glossary";

    /// <summary>
    /// The entries whose source terms occur in <paramref name="sourceText"/> (the unit's plain text: text without
    /// inline markup), each once, in the order they first occur.
    /// </summary>
    public static IReadOnlyList<GlossaryEntry> For(string sourceText, LanguagePairGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(glossary);
        return glossary.FindSourceTerms(sourceText).Select(m => m.Entry).Distinct().ToArray();
    }

    /// <summary>
    /// A note line for a translator: <c>Glossary: ketamine → ketamina</c>, <c>Glossary: Spravato (do not translate)</c>,
    /// with the entry's note after a dash where there is one.
    /// </summary>
    public static string NoteLine(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var rule = entry.DoNotTranslate ? $"{entry.SourceTerm} (do not translate)" : $"{entry.SourceTerm} → {entry.TargetTerm}";
        return string.IsNullOrWhiteSpace(entry.Note) ? $"Glossary: {rule}" : $"Glossary: {rule} — {entry.Note}";
    }
}
