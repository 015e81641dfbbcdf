using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Glossary;

/// <summary>A translated unit that does not follow the glossary: a warning for the reviewer, never an error.</summary>
/// <param name="UnitId">The unit (an XLIFF unit id, or a field path).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="SourceTerm">The term as the glossary writes it in the source culture.</param>
/// <param name="ExpectedTargetTerm">The term the translation should contain.</param>
public sealed record GlossaryWarning(string UnitId, GlossaryWarningKind Kind, string SourceTerm, string ExpectedTargetTerm)
{
    /// <summary>The warning for a reviewer, in any interface language (<c>“ketamine” should be translated as “ketamina”, …</c>).</summary>
    public ExchangeNote Note => Kind == GlossaryWarningKind.DoNotTranslateTermChanged
        ? ExchangeNote.Keyed(ImportMessages.GlossaryTermChanged, ("term", SourceTerm))
        : ExchangeNote.Keyed(ImportMessages.GlossaryTermMissing, ("term", SourceTerm), ("expected", ExpectedTargetTerm));

    /// <summary>The warning in English.</summary>
    public string Message => Note.In(ExchangeMessages.FallbackLanguage);
}
