using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Text;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class TextSentenceLongRuleTests
{
    // 31 words.
    private const string Long31 =
        "Ketamine was first used as an anaesthetic to put people to sleep for operations and it is now also used in much smaller doses to ease some kinds of long-term pain.";

    // 27 words.
    private const string Long27 =
        "If you feel very sleepy, confused or sick after your treatment, tell the nurse straight away so that they can check you and help you feel better.";

    private readonly TextSentenceLongRule _rule = new();

    [Fact]
    public void Check_TwoLongSentences_OneFindingWithCountAndFirstAsSnippet()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p>{Long31} It works well.</p><p>{Long27}</p>"));

        Assert.Equal("text-sentence-long", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["3.1.5"], finding.Wcag);
        Assert.Equal("Patients may lose the thread of long sentences: 2 have more than 25 words (the longest 31); the first is shown.", finding.Message);
        Assert.StartsWith("Ketamine was first used", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneLongSentence_SaysHowLongItIs()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p>It works well. {Long27}</p>"));

        Assert.Equal("Patients may lose the thread of this sentence: it has 27 words, more than the 25 that are easy to follow.", finding.Message);
        Assert.StartsWith("If you feel very sleepy", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShortSentences_FindsNothing() =>
        Assert.Empty(RuleHarness.RichText(_rule, "<p>You may feel sleepy. This is normal. Rest at home for the rest of the day.</p>"));

    [Fact]
    public void Check_ListItemsWithoutFullStops_AreSentencesOfTheirOwn()
    {
        var items = string.Concat(Enumerable.Repeat("<li>Do not drive or use machines for the rest of the day</li>", 4));

        Assert.Empty(RuleHarness.RichText(_rule, $"<h3>After your treatment</h3><ul>{items}</ul>"));
    }

    [Fact]
    public void Check_MaxWordsLowered_ReportsShorterSentences()
    {
        var options = new CheckOptions { Rules = { ["text-sentence-long"] = new CheckRuleSettings { Parameters = { ["maxWords"] = "5" } } } };

        Assert.Single(RuleHarness.RichText(_rule, "<p>Rest at home for the rest of the day.</p>", options: options));
    }

    [Fact]
    public void Check_LongSpanishSentence_MessageInSpanish()
    {
        var html = "<p>La ketamina se usó primero como anestésico para dormir a las personas durante las operaciones y ahora también se usa "
            + "en dosis mucho más pequeñas para aliviar algunos tipos de dolor crónico.</p>";

        var finding = Assert.Single(RuleHarness.RichText(_rule, html, culture: "es-ES", uiCulture: "es"));

        Assert.Equal("Puede que los pacientes pierdan el hilo de esta frase: tiene 32 palabras, más de las 25 que se siguen con facilidad.", finding.Message);
    }

    [Fact]
    public void Check_LongArabicSentence_CountsArabicWords()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("قد يخفف الكيتامين الألم المزمن", 6)) + ".";

        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p>{sentence}</p>", culture: "ar", uiCulture: "ar"));

        Assert.Contains("30", finding.Message, StringComparison.Ordinal);
    }
}
