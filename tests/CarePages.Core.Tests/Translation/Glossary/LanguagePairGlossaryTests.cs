using CarePages.Core.Translation.Glossary;
using static CarePages.Core.Tests.Translation.Glossary.GlossaryTestData;

namespace CarePages.Core.Tests.Translation.Glossary;

public class LanguagePairGlossaryTests
{
    [Fact]
    public void FindSourceTerms_LongerTermContainsShorter_MatchesTheLongerTermOnce()
    {
        var matches = Spanish.FindSourceTerms("Intranasal ketamine works fast; ketamine is also injected.");

        Assert.Equal(["Intranasal ketamine", "ketamine"], matches.Select(m => m.Text));
        Assert.Equal(["intranasal ketamine", "ketamine"], matches.Select(m => m.Entry.SourceTerm));
    }

    [Fact]
    public void FindSourceTerms_TermInsideLongerWord_DoesNotMatch()
    {
        var matches = Spanish.FindSourceTerms("Esketamine is not ketamines.");

        Assert.Equal(["esketamine"], matches.Select(m => m.Entry.SourceTerm));
    }

    [Fact]
    public void FindSourceTerms_TermAtPunctuationAndLineBreak_MatchesWithItsPosition()
    {
        const string text = "(Ketamine)\nfor nasal\u00A0 use.";

        var matches = Spanish.FindSourceTerms(text);

        Assert.Equal(["Ketamine", "nasal\u00A0 use"], matches.Select(m => m.Text));
        Assert.Equal(1, matches[0].Index);
        Assert.Equal("nasal\u00A0 use", text.Substring(matches[1].Index, matches[1].Length));
    }

    [Fact]
    public void TargetContains_DecomposedAccentsAndCapitals_FindsTheTerm()
    {
        var entry = French.Entries.Single();

        Assert.True(French.TargetContains("La KE\u0301TAMINE agit vite.", entry));
        Assert.False(French.TargetContains("La ketamine agit vite.", entry));
    }

    [Fact]
    public void TargetContains_ArabicWithArticleProcliticAndVowelMarks_FindsTheTerm()
    {
        var entry = Arabic.Entries.Single();

        Assert.True(Arabic.TargetContains("العلاج بالكيتامين آمن", entry));
        Assert.True(Arabic.TargetContains("يُعطى الكِيتَامِين عن طريق الأنف", entry));
        Assert.False(Arabic.TargetContains("العلاج بالكيتامينات", entry));
        Assert.False(Arabic.TargetContains("مكيتامين", entry));
    }

    [Fact]
    public void FindSourceTerms_TurkishSource_FoldsDotlessIWithTurkishRules()
    {
        var pair = new LanguagePair("tr", "en");
        var glossary = LanguagePairGlossary.For(pair, [GlossaryEntry.Translate(pair, "ılık su", "lukewarm water")]);

        Assert.Single(glossary.FindSourceTerms("ILIK SU için"));
        Assert.Empty(LanguagePairGlossary.For(new LanguagePair("en", "tr"), [GlossaryEntry.Translate(new LanguagePair("en", "tr"), "ılık su", "x")])
            .FindSourceTerms("ILIK SU"));
    }

    [Fact]
    public void For_RegionalPair_TakesLanguageEntriesAndPrefersTheRegionalOne()
    {
        var mexico = new LanguagePair("en", "es-MX");
        var entries = new[]
        {
            GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"),
            GlossaryEntry.Translate(EnEs, "nasal use", "vía nasal"),
            GlossaryEntry.Translate(mexico, "Ketamine", "ketamina (MX)"),
            GlossaryEntry.Translate(EnFr, "ketamine", "kétamine"),
        };

        var glossary = LanguagePairGlossary.For(new LanguagePair("en-GB", "es-MX"), entries);

        Assert.Equal(["ketamina (MX)", "vía nasal"], glossary.Entries.Select(e => e.TargetTerm).Order(StringComparer.Ordinal));
    }
}
