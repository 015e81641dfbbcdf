using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Text;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class TermListTests
{
    [Theory]
    [InlineData("en", "into a muscle", "It goes INTO a Muscle.")]
    [InlineData("es", "en un músculo", "Se inyecta en un musculo.")]
    [InlineData("fr", "injection", "Faites l’injection.")]
    [InlineData("de", "intramuskulär*", "Intramuskuläres Ketamin.")]
    [InlineData("ar", "أنف", "تبخّه بالأنف.")]
    [InlineData("ar", "اتصل", "فاتصلوا بنا أو فَاتَّصِل.")]
    [InlineData("ar", "الحقن العضلي", "يُعطى بالحقن العضليّ.")]
    [InlineData("ar", "موعدًا", "احجز موعدا")]
    public void FoundIn_TermInAnotherSpellingOrWithArabicClitics_IsFound(string language, string term, string text) =>
        Assert.True(TermList.Of(new HashSet<string> { term }).FoundIn(TokenizedText.Of(text, language)));

    [Theory]
    [InlineData("في عضلة", "يُحقن في عضله الكتف.")]
    [InlineData("عضلي", "يُعطى بحقن عضلى.")]
    [InlineData("مستشفى", "راجع المستشفي.")]
    [InlineData("إبرة", "تُعطى بإبره.")]
    public void FoundIn_ArabicTermTypedWithALetterVariant_IsFoundAsTheLinkRulesFindIt(string term, string text)
    {
        var terms = new HashSet<string> { term };

        Assert.NotNull(FoldedTerms.Of(terms).FindPart(TextFolding.Fold(text)));
        Assert.True(TermList.Of(terms).FoundIn(TokenizedText.Of(text, "ar")));
    }

    [Theory]
    [InlineData("en", "nose", "The nosebleed stopped.")]
    [InlineData("en", "into a muscle", "It goes into a. Muscle cramps are rare.")]
    [InlineData("ar", "أنف", "أنفسكم")]
    [InlineData("fr", "nez", "Il est né zen.")]
    public void FoundIn_PartOfAWordOrAcrossSentences_IsNotFound(string language, string term, string text) =>
        Assert.False(TermList.Of(new HashSet<string> { term }).FoundIn(TokenizedText.Of(text, language)));

    [Fact]
    public void Matches_OverlappingTerms_TakesTheLongest()
    {
        var list = TermList.Of(new HashSet<string> { "nasal", "nasal spray" });

        Assert.Equal([(1, 2)], list.Matches(TokenizedText.Of("A nasal spray.", "en")));
    }

    [Fact]
    public void SentenceAround_ReturnsTheOriginalSentence()
    {
        var text = TokenizedText.Of("It is quick. Intramuscular ketamine is injected into a muscle! Then rest.", "en");

        Assert.Equal("Intramuscular ketamine is injected into a muscle!", text.SentenceAround(4));
    }
}
