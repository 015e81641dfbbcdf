namespace CarePages.Core.Translation.Glossary;

/// <summary>Why a translated unit does not follow the glossary.</summary>
public enum GlossaryWarningKind
{
    /// <summary>The source uses a term, and the translation does not use the required target term.</summary>
    RequiredTermMissing,

    /// <summary>The source uses a do-not-translate term, and the translation changed or dropped it.</summary>
    DoNotTranslateTermChanged,
}
