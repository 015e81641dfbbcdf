namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// Checks imported translations against the glossary: a warning where the source uses a term and the translation does
/// not contain its required target term at least once (anywhere in the unit, as a whole word, any case), and where a
/// do-not-translate term is missing from the translation. A term the source uses several times is checked once: a
/// translator may rightly use a pronoun the second time.
/// </summary>
public static class GlossaryCheck
{
    /// <summary>The warnings for one unit, in the order the terms occur in the source.</summary>
    public static IReadOnlyList<GlossaryWarning> Check(GlossaryCheckUnit unit, LanguagePairGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(glossary);
        return GlossaryHints.For(unit.SourceText, glossary)
            .Where(entry => !glossary.TargetContains(unit.TargetText, entry))
            .Select(entry => new GlossaryWarning(
                unit.UnitId,
                entry.DoNotTranslate ? GlossaryWarningKind.DoNotTranslateTermChanged : GlossaryWarningKind.RequiredTermMissing,
                entry.SourceTerm,
                entry.TargetTerm))
            .ToArray();
    }

    /// <summary>The warnings for <paramref name="units"/>, unit by unit.</summary>
    public static IReadOnlyList<GlossaryWarning> Check(IEnumerable<GlossaryCheckUnit> units, LanguagePairGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.SelectMany(unit => Check(unit, glossary)).ToArray();
    }
}
