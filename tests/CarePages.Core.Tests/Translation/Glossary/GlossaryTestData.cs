using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Tests.Translation.Glossary;

/// <summary>Small glossaries for the glossary tests.</summary>
internal static class GlossaryTestData
{
    public static readonly LanguagePair EnEs = new("en", "es");
    public static readonly LanguagePair EnFr = new("en", "fr");
    public static readonly LanguagePair EnAr = new("en", "ar");

    public static LanguagePairGlossary Spanish { get; } = LanguagePairGlossary.For(EnEs,
    [
        GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"),
        GlossaryEntry.Translate(EnEs, "intranasal ketamine", "ketamina intranasal"),
        GlossaryEntry.Translate(EnEs, "esketamine", "esketamina"),
        GlossaryEntry.Translate(EnEs, "nasal use", "vía nasal"),
        GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato") with { PartOfSpeech = PartOfSpeech.ProperNoun },
    ]);

    public static LanguagePairGlossary French { get; } = LanguagePairGlossary.For(EnFr, [GlossaryEntry.Translate(EnFr, "ketamine", "kétamine")]);

    public static LanguagePairGlossary Arabic { get; } = LanguagePairGlossary.For(EnAr, [GlossaryEntry.Translate(EnAr, "ketamine", "كيتامين")]);
}
