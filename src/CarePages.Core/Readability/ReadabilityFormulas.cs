namespace CarePages.Core.Readability;

/// <summary>The readability formulas over <see cref="TextStatistics"/> (reference: accessibility-rules §6).</summary>
public static class ReadabilityFormulas
{
    /// <summary>Flesch–Kincaid grade level: 0.39·ASL + 11.8·ASW − 15.59.</summary>
    public static double FleschKincaidGrade(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return (0.39 * statistics.WordsPerSentence) + (11.8 * statistics.SyllablesPerWord) - 15.59;
    }

    /// <summary>Flesch Reading Ease: 206.835 − 1.015·ASL − 84.6·ASW.</summary>
    public static double FleschReadingEase(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return 206.835 - (1.015 * statistics.WordsPerSentence) - (84.6 * statistics.SyllablesPerWord);
    }

    /// <summary>
    /// Fernández-Huerta in its corrected form: 206.84 − 0.60·P100 − 1.02·ASL. (The often quoted form with
    /// "sentences per 100 words" in the second term moves the wrong way as sentences get longer.)
    /// </summary>
    public static double FernandezHuerta(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return 206.84 - (0.60 * statistics.SyllablesPer100Words) - (1.02 * statistics.WordsPerSentence);
    }

    /// <summary>Szigriszt-Pazos perspicuity, the score the INFLESZ scale grades: 206.835 − 62.3·ASW − ASL.</summary>
    public static double Inflesz(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return 206.835 - (62.3 * statistics.SyllablesPerWord) - statistics.WordsPerSentence;
    }

    /// <summary>Kandel &amp; Moles: 207 − 1.015·ASL − 73.6·ASW.</summary>
    public static double KandelMoles(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return 207 - (1.015 * statistics.WordsPerSentence) - (73.6 * statistics.SyllablesPerWord);
    }

    /// <summary>Amstad: 180 − ASL − 58.5·ASW.</summary>
    public static double Amstad(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return 180 - statistics.WordsPerSentence - (58.5 * statistics.SyllablesPerWord);
    }

    /// <summary>LIX: ASL + percentage of words longer than 6 letters.</summary>
    public static double Lix(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return statistics.WordsPerSentence + statistics.LongWordPercentage;
    }

    /// <summary>
    /// OSMAN: 200.791 − 1.015·ASL − 24.181·(L + S + C + F)/W, where W is words, L long words (more than 5 letters), S
    /// syllables with long and stress ones counted double, C complex words (more than 4 syllables) and F Faseeh words
    /// (<see cref="OsmanCounts"/>). 0 when the text has no Arabic counts.
    /// </summary>
    public static double Osman(TextStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (statistics.Words == 0)
        {
            return 0;
        }

        var counts = statistics.Osman;
        var perWord = (double)(counts.LongWords + counts.Syllables + counts.ComplexWords + counts.FaseehWords) / statistics.Words;
        return 200.791 - (1.015 * statistics.WordsPerSentence) - (24.181 * perWord);
    }

    /// <summary><paramref name="formula"/> over <paramref name="statistics"/>.</summary>
    public static double Compute(ReadabilityFormula formula, TextStatistics statistics) => formula switch
    {
        ReadabilityFormula.FleschKincaidGrade => FleschKincaidGrade(statistics),
        ReadabilityFormula.FleschReadingEase => FleschReadingEase(statistics),
        ReadabilityFormula.FernandezHuerta => FernandezHuerta(statistics),
        ReadabilityFormula.Inflesz => Inflesz(statistics),
        ReadabilityFormula.KandelMoles => KandelMoles(statistics),
        ReadabilityFormula.Amstad => Amstad(statistics),
        ReadabilityFormula.Lix => Lix(statistics),
        ReadabilityFormula.Osman => Osman(statistics),
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "Unknown readability formula."),
    };

    /// <summary>True when a higher score of <paramref name="formula"/> means easier text.</summary>
    public static bool HigherIsEasier(ReadabilityFormula formula) =>
        formula is not (ReadabilityFormula.FleschKincaidGrade or ReadabilityFormula.Lix);
}
