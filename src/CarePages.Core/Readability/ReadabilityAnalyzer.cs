using CarePages.Core.Text;

namespace CarePages.Core.Readability;

/// <summary>
/// Measures text and scores it with the formula of its language. Text comes as blocks (paragraphs, headings, list
/// items, table-free prose); the end of each block ends a sentence.
/// </summary>
public static class ReadabilityAnalyzer
{
    /// <summary>Counts sentences, words, syllables (when the language has a counter), long words and letters.</summary>
    public static TextStatistics Measure(IEnumerable<string> blocks, string language)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var builder = new TextStatisticsBuilder(language);
        foreach (var block in blocks)
        {
            foreach (var sentence in Prose.Sentences(block))
            {
                foreach (var word in Prose.Words(sentence))
                {
                    builder.AddWord(word);
                }

                builder.EndSentence();
            }
        }

        return builder.Build();
    }

    /// <summary>Measures <paramref name="blocks"/> and scores them for <paramref name="language"/>.</summary>
    public static ReadabilityAssessment Assess(IEnumerable<string> blocks, string language, ReadabilityTargets? targets = null) =>
        Assess(Measure(blocks, language), language, targets);

    /// <summary>Scores <paramref name="statistics"/> for <paramref name="language"/> against <paramref name="targets"/> (the defaults when null).</summary>
    public static ReadabilityAssessment Assess(TextStatistics statistics, string language, ReadabilityTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var target = (targets ?? ReadabilityTargets.Default).For(language);
        var scores = ReadabilityTargets.FormulasFor(language).ToDictionary(f => f, f => ReadabilityFormulas.Compute(f, statistics));
        return new ReadabilityAssessment(CultureNames.LanguageOf(language), statistics, target, scores[target.Formula], scores);
    }
}
