using CarePages.Core.Readability;

namespace CarePages.Core.Tests.Readability;

public class ProseTests
{
    [Theory]
    [InlineData("Take 2.5 mg daily. Dr. Smith will call you. Is it safe? Yes!", new[] { "Take 2.5 mg daily.", "Dr. Smith will call you.", "Is it safe?", "Yes!" })]
    [InlineData("Rest, e.g. on the sofa. Then drink water.", new[] { "Rest, e.g. on the sofa.", "Then drink water." })]
    [InlineData("Wait… then stand up slowly. Done", new[] { "Wait… then stand up slowly.", "Done" })]
    [InlineData("He said: \"Stop.\" Then he left.", new[] { "He said: \"Stop.\"", "Then he left." })]
    [InlineData("¿Puedo conducir? No. Espere 24 horas.", new[] { "¿Puedo conducir?", "No.", "Espere 24 horas." })]
    [InlineData("هل هو آمن؟ نعم. اتصل بنا.", new[] { "هل هو آمن؟", "نعم.", "اتصل بنا." })]
    [InlineData("No full stop at the end", new[] { "No full stop at the end" })]
    public void Sentences_Block_SplitsAtSentenceEnds(string block, string[] expected)
    {
        var sentences = new List<string>();
        foreach (var sentence in Prose.Sentences(block))
        {
            sentences.Add(sentence.ToString());
        }

        Assert.Equal(expected, sentences);
    }

    [Theory]
    [InlineData("Don't stop long-term treatment.", new[] { "Don't", "long-term", "stop", "treatment" })]
    [InlineData("Take 2 tablets (500 mg) at 8:00.", new[] { "Take", "tablets", "mg", "at" })]
    [InlineData("Vitamin B12 and COVID-19", new[] { "Vitamin", "B12", "and", "COVID-19" })]
    [InlineData("Appelez l'hôpital — aujourd'hui.", new[] { "Appelez", "l'hôpital", "aujourd'hui" })]
    [InlineData("بخاخًا في الأنف", new[] { "بخاخًا", "في", "الأنف" })]
    public void Words_Text_KeepsJoinedWordsAndDropsNumbers(string text, string[] expected)
    {
        var words = new List<string>();
        foreach (var word in Prose.Words(text))
        {
            words.Add(word.ToString());
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("treatment", 9)]
    [InlineData("long-term", 8)]
    [InlineData("بخاخًا", 5)] // the tanween mark is not a letter
    [InlineData("مـــرض", 3)] // nor is the tatweel
    public void CountLetters_Word_CountsLettersOnly(string word, int expected) =>
        Assert.Equal(expected, Prose.CountLetters(word));
}
