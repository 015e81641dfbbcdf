using CarePages.Core.Translation.Glossary;

namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesGlossaryEntry</c>: one term of one language pair's glossary.</summary>
public sealed class GlossaryEntryEntity
{
    /// <summary>The source culture in upper case, so that <c>en</c> and <c>EN</c> are the same pair (part of the key).</summary>
    public string SourceCultureKey { get; set; } = string.Empty;

    /// <summary>The target culture in upper case (part of the key).</summary>
    public string TargetCultureKey { get; set; } = string.Empty;

    /// <summary>The source term folded as <see cref="LanguagePairGlossary.TermKey"/> folds it (part of the key).</summary>
    public string TermKey { get; set; } = string.Empty;

    /// <summary>The source culture as the entry's pair gave it.</summary>
    public string SourceCulture { get; set; } = string.Empty;

    /// <summary>The target culture as the entry's pair gave it.</summary>
    public string TargetCulture { get; set; } = string.Empty;

    /// <summary>The source term as written.</summary>
    public string SourceTerm { get; set; } = string.Empty;

    /// <summary>The target term a translation must use.</summary>
    public string TargetTerm { get; set; } = string.Empty;

    /// <summary>True when the term must appear unchanged in the translation.</summary>
    public bool DoNotTranslate { get; set; }

    /// <summary>A definition or advice for translators and reviewers.</summary>
    public string? Note { get; set; }

    /// <summary>The term's part of speech, where known.</summary>
    public PartOfSpeech? PartOfSpeech { get; set; }
}
