using CarePages.Core.Readability;

namespace CarePages.Core.Tests.Readability;

public class ArabicSyllableCounterTests
{
    // Fully vocalised words, counted by hand from their pronunciation (syllable breaks shown).
    [Theory]
    [InlineData("كَتَبَ", 3)] // ka-ta-ba
    [InlineData("كِتَابٌ", 3)] // ki-taa-bun
    [InlineData("عَلَيْكُمْ", 3)] // ʿa-lay-kum
    [InlineData("مُسْتَشْفَى", 3)] // mus-tash-faa
    [InlineData("شَدَّدَ", 3)] // shad-da-da
    [InlineData("قُوَّةٌ", 3)] // quw-wa-tun
    [InlineData("بَيَانٌ", 3)] // ba-yaa-nun: the ي carries a vowel, so it is a consonant, not a long vowel
    [InlineData("طَبِيبٌ", 3)] // ṭa-bii-bun
    [InlineData("فِي", 1)] // fii
    [InlineData("هٰذَا", 2)] // haa-dhaa: the dagger alif is a long vowel
    public void Count_VocalisedWord_CountsItsSpokenSyllables(string word, int expected) =>
        Assert.Equal(expected, SyllableCounters.Arabic.Count(word));

    // OSMAN's classes: كِتَابٌ is a short ki, a long taa and a nunated bun; شَدَّدَ three short syllables and a shadda.
    [Theory]
    [InlineData("كِتَابٌ", 1, 1, 1, 0, 5)]
    [InlineData("شَدَّدَ", 3, 0, 0, 1, 5)]
    [InlineData("كَتَبَ", 3, 0, 0, 0, 3)]
    public void Classify_VocalisedWord_WeighsLongAndStressSyllablesDouble(string word, int shortVowels, int longVowels, int nunation, int geminates, int weight)
    {
        var syllables = ArabicSyllableCounter.Classify(word);

        Assert.Equal(new ArabicSyllables(shortVowels, longVowels, nunation, geminates), syllables);
        Assert.Equal(weight, syllables.OsmanWeight);
    }

    // Without vowel marks the count is estimated; for these common words it lands on the fully vocalised count.
    [Theory]
    [InlineData("كتاب", "كِتَابٌ")]
    [InlineData("طبيب", "طَبِيبٌ")]
    [InlineData("مستشفى", "مُسْتَشْفَى")]
    [InlineData("في", "فِي")]
    [InlineData("على", "عَلَى")]
    [InlineData("كتب", "كَتَبَ")]
    public void Count_UnvocalisedWord_EstimatesTheVocalisedCount(string bare, string vocalised) =>
        Assert.Equal(SyllableCounters.Arabic.Count(vocalised), SyllableCounters.Arabic.Count(bare));

    [Fact]
    public void Count_UnvocalisedDefiniteNoun_CountsArticleAndCaseEnding() =>
        Assert.Equal(5, SyllableCounters.Arabic.Count("المدرسة")); // al-mad-ra-sa-ti

    [Fact]
    public void Count_PluralVerbEnding_LeavesTheFinalAlifSilent() =>
        Assert.Equal(SyllableCounters.Arabic.Count("كتبو"), SyllableCounters.Arabic.Count("كتبوا"));

    [Fact]
    public void For_Arabic_IsTheArabicCounter() =>
        Assert.Same(SyllableCounters.Arabic, SyllableCounters.For("ar-EG"));
}
