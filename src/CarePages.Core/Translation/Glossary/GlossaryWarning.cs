namespace CarePages.Core.Translation.Glossary;

/// <summary>A translated unit that does not follow the glossary: a warning for the reviewer, never an error.</summary>
/// <param name="UnitId">The unit (an XLIFF unit id, or a field path).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="SourceTerm">The term as the glossary writes it in the source culture.</param>
/// <param name="ExpectedTargetTerm">The term the translation should contain.</param>
public sealed record GlossaryWarning(string UnitId, GlossaryWarningKind Kind, string SourceTerm, string ExpectedTargetTerm)
{
    /// <summary>The warning for a reviewer, e.g. <c>"ketamine" should be translated as "ketamina", which the translation does not contain.</c></summary>
    public string Message => Kind == GlossaryWarningKind.DoNotTranslateTermChanged
        ? $"\"{SourceTerm}\" must stay as it is, but the translation changed or dropped it."
        : $"\"{SourceTerm}\" should be translated as \"{ExpectedTargetTerm}\", which the translation does not contain.";
}
