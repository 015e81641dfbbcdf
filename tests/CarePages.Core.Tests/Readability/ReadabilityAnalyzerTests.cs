using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Documents;
using CarePages.Core.Readability;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;

namespace CarePages.Core.Tests.Readability;

public class ReadabilityAnalyzerTests
{
    [Fact]
    public void Assess_EnglishText_GivesHandComputedFleschKincaid()
    {
        // Ketamine(3) may(1) ease(1) long-term(2) pain(1) | Your(1) doctor(2) will(1) check(1) whether(2) it(1) is(1) right(1) for(1) you(1);
        // Ketamine, long-term and whether have more than 6 letters.
        var assessment = ReadabilityAnalyzer.Assess(["Ketamine may ease long-term pain. Your doctor will check whether it is right for you."], "en-GB");

        Assert.Equal(new TextStatistics(Sentences: 2, Words: 15, Syllables: 20, LongWords: 3, Letters: 68), assessment.Statistics);
        Assert.Equal(ReadabilityFormula.FleschKincaidGrade, assessment.Target.Formula);
        Assert.Equal(3.0683, assessment.Score, 4); // 0.39·7.5 + 11.8·20/15 − 15.59
        Assert.Equal(86.4225, assessment.Scores[ReadabilityFormula.FleschReadingEase], 4);
        Assert.True(assessment.IsMet);
    }

    [Fact]
    public void Assess_SpanishText_GivesHandComputedInfleszAndFernandezHuerta()
    {
        // La(1) ke-ta-mi-na(4) a-li-via(3) el(1) do-lor(2) | El(1) mé-di-co(3) va-lo-ra-rá(4) si(1) es(1) a-de-cua-da(4) pa-ra(2) us-ted(2)
        var assessment = ReadabilityAnalyzer.Assess(["La ketamina alivia el dolor. El médico valorará si es adecuada para usted."], "es-ES");

        Assert.Equal(2, assessment.Statistics.Sentences);
        Assert.Equal(13, assessment.Statistics.Words);
        Assert.Equal(29, assessment.Statistics.Syllables);
        Assert.Equal(ReadabilityFormula.Inflesz, assessment.Target.Formula);
        Assert.Equal(61.3581, assessment.Score, 4); // 206.835 − 62.3·29/13 − 6.5
        Assert.Equal(66.3638, assessment.Scores[ReadabilityFormula.FernandezHuerta], 4); // 206.84 − 0.60·2900/13 − 1.02·6.5
        Assert.True(assessment.IsMet);
    }

    [Fact]
    public void Assess_FrenchText_GivesHandComputedKandelMoles()
    {
        // Le(1) pa-tient(2) prend(1) le(1) mé-di-ca-ment(4) | Ils(1) parlent(1) sou-vent(2) au(1) mé-de-cin(3)
        var assessment = ReadabilityAnalyzer.Assess(["Le patient prend le médicament. Ils parlent souvent au médecin."], "fr-FR");

        Assert.Equal((2, 10, 17), (assessment.Statistics.Sentences, assessment.Statistics.Words, assessment.Statistics.Syllables));
        Assert.Equal(ReadabilityFormula.KandelMoles, assessment.Target.Formula);
        Assert.Equal(76.805, assessment.Score, 4); // 207 − 1.015·5 − 73.6·1.7
    }

    [Fact]
    public void Assess_GermanText_GivesHandComputedAmstad()
    {
        // Der(1) Pa-ti-ent(3) be-kommt(2) das(1) Me-di-ka-ment(4) | Die(1) Ne-ben-wir-kun-gen(5) sind(1) meist(1) leicht(1)
        var assessment = ReadabilityAnalyzer.Assess(["Der Patient bekommt das Medikament. Die Nebenwirkungen sind meist leicht."], "de-DE");

        Assert.Equal((2, 10, 20), (assessment.Statistics.Sentences, assessment.Statistics.Words, assessment.Statistics.Syllables));
        Assert.Equal(ReadabilityFormula.Amstad, assessment.Target.Formula);
        Assert.Equal(58, assessment.Score, 4); // 180 − 5 − 58.5·2
        Assert.False(assessment.IsMet);
    }

    [Fact]
    public void Assess_ArabicText_KeepsLixOverArabicLettersBesideOsman()
    {
        // 13 words; only وسيتأكد has more than 6 letters (the tanween on بخاخًا, أولًا, مناسبًا is a mark, not a letter).
        var assessment = ReadabilityAnalyzer.Assess(["يمكنك أن تأخذه بخاخًا في الأنف. وسيتأكد الطبيب أولًا إن كان مناسبًا لك."], "ar");

        Assert.Equal((2, 13, 1, 54), (assessment.Statistics.Sentences, assessment.Statistics.Words, assessment.Statistics.LongWords, assessment.Statistics.Letters));
        Assert.Equal(ReadabilityFormula.Osman, assessment.Target.Formula);
        Assert.Equal(14.1923, assessment.Scores[ReadabilityFormula.Lix], 4); // 6.5 + 100·1/13
        Assert.True(assessment.IsMet);
    }

    [Fact]
    public void Measure_Blocks_EachBlockEndsASentence()
    {
        var statistics = ReadabilityAnalyzer.Measure(["What to expect", "A nurse stays with you", "You go home the same day"], "en");

        Assert.Equal(3, statistics.Sentences);
        Assert.Equal(14, statistics.Words);
    }

    [Fact]
    public void Measure_OverlongToken_IsNotAWord() =>
        Assert.Equal(1, ReadabilityAnalyzer.Measure(["See " + new string('x', 60)], "en").Words);

    [Theory]
    [InlineData("en-GB", ReadabilityFormula.FleschKincaidGrade, 8)]
    [InlineData("es-ES", ReadabilityFormula.Inflesz, 55)]
    [InlineData("fr", ReadabilityFormula.KandelMoles, 60)]
    [InlineData("de-CH", ReadabilityFormula.Amstad, 60)]
    [InlineData("ar", ReadabilityFormula.Osman, 60)]
    [InlineData("nl-NL", ReadabilityFormula.Lix, 40)]
    public void For_Language_PicksFormulaAndTarget(string culture, ReadabilityFormula formula, double threshold) =>
        Assert.Equal(new ReadabilityTarget(formula, threshold), ReadabilityTargets.Default.For(culture));

    // The sample clinic is written as plain patient information: every field long enough to score should land in the
    // plain bands of its language's formula (measured: en-GB grades 3.6–7.6, es-ES INFLESZ 48.7–85, ar OSMAN 81.8–104.9).
    [Theory]
    [InlineData("en-GB", 2, 9)]
    [InlineData("es-ES", 45, 90)]
    [InlineData("ar", 70, 115)]
    public void Assess_SampleClinicFields_ScoreInPlainLanguageBands(string culture, double low, double high)
    {
        var scores = SampleFields(culture)
            .Select(blocks => ReadabilityAnalyzer.Measure(blocks, culture))
            .Where(s => s.Words >= 30)
            .Select(s => ReadabilityAnalyzer.Assess(s, culture))
            .ToList();

        Assert.True(scores.Count >= 15, $"{scores.Count} fields scored");
        Assert.All(scores, a => Assert.InRange(a.Score, low, high));
        Assert.True(scores.Count(a => a.IsMet) >= scores.Count - 1);
    }

    // The prose blocks of every text and rich-text field of the sample clinic in one culture.
    private static IEnumerable<IReadOnlyList<string>> SampleFields(string culture)
    {
        var fields = new Stack<DocumentField>(SampleClinic.Documents.SelectMany(d => CultureDocumentFactory.Create(d, culture).Fields));
        while (fields.Count > 0)
        {
            var field = fields.Pop();
            foreach (var nested in field.Elements.SelectMany(e => e.Fields))
            {
                fields.Push(nested);
            }

            if (field.Text is { } text && field.Kind is FieldKind.RichText or FieldKind.PlainText or FieldKind.MultilineText)
            {
                yield return field.Kind == FieldKind.RichText
                    ? HtmlInput.ParseFragment(text).Body!.QuerySelectorAll("p, li, h2, h3, h4").Select(e => e.TextContent).ToList()
                    : text.Split('\n');
            }
        }
    }
}
