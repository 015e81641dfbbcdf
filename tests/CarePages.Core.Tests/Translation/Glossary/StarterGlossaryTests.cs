using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Tests.Translation.Glossary;

public class StarterGlossaryTests
{
    [Theory]
    [InlineData("es-ES", "ketamina", "vía nasal", "vía intramuscular")]
    [InlineData("fr-FR", "kétamine", "voie nasale", "voie intramusculaire")]
    [InlineData("de-DE", "Ketamin", "nasale Anwendung", "intramuskuläre Anwendung")]
    [InlineData("ar", "كيتامين", "استعمال أنفي", "استعمال عضلي")]
    public void KetamineClinic_EachTargetLanguage_HasTheDrugAndRouteTermsAndKeepsSpravato(string culture, string ketamine, string nasal, string intramuscular)
    {
        var glossary = LanguagePairGlossary.For(new LanguagePair("en-GB", culture), StarterGlossary.KetamineClinic);

        var targets = glossary.Entries.ToDictionary(e => e.SourceTerm, e => e.TargetTerm);

        Assert.Equal(5, targets.Count);
        Assert.Equal((ketamine, nasal, intramuscular), (targets["ketamine"], targets["nasal use"], targets["intramuscular use"]));
        Assert.True(glossary.Entries.Single(e => e.SourceTerm == "Spravato").DoNotTranslate);
        Assert.False(glossary.Entries.Single(e => e.SourceTerm == "ketamine").DoNotTranslate);
    }

    [Fact]
    public void KetamineClinic_SentenceFromTheClinicArticle_HintsKetamineButNotForEsketamine()
    {
        var glossary = LanguagePairGlossary.For(new LanguagePair("en-GB", "es-ES"), StarterGlossary.KetamineClinic);

        var hints = GlossaryHints.For("Intranasal ketamine involves spraying a ketamine solution into the nostrils.", glossary);

        Assert.Equal(["Glossary: ketamine → ketamina — INN (anaesthetic, also used for refractory pain and depression). Unverified: Spanish usage, not checked against the WHO INN list."],
            hints.Select(GlossaryHints.NoteLine));
    }

    [Fact]
    public void KetamineClinic_FrenchTranslationWithoutTheInnSpelling_IsWarnedAbout()
    {
        var glossary = LanguagePairGlossary.For(new LanguagePair("en", "fr-FR"), StarterGlossary.KetamineClinic);
        var units = new[]
        {
            new GlossaryCheckUnit("u1", "Spravato contains esketamine.", "Spravato contient de l’eskétamine."),
            new GlossaryCheckUnit("u2", "Ketamine for nasal use.", "La ketamine par voie nasale."),
        };

        var warning = Assert.Single(GlossaryCheck.Check(units, glossary));

        Assert.Equal(("u2", "ketamine", "kétamine"), (warning.UnitId, warning.SourceTerm, warning.ExpectedTargetTerm));
    }
}
