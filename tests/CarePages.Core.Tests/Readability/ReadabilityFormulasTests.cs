using CarePages.Core.Readability;

namespace CarePages.Core.Tests.Readability;

public class ReadabilityFormulasTests
{
    // 2 sentences, 15 words, 20 syllables, 3 long words: ASL 7.5, ASW 4/3, P100 133.33, long words 20 %.
    private static readonly TextStatistics Sample = new(Sentences: 2, Words: 15, Syllables: 20, LongWords: 3, Letters: 70);

    [Theory]
    [InlineData(ReadabilityFormula.FleschKincaidGrade, 3.068333)] // 0.39·7.5 + 11.8·1.3333 − 15.59
    [InlineData(ReadabilityFormula.FleschReadingEase, 86.4225)] // 206.835 − 1.015·7.5 − 84.6·1.3333
    [InlineData(ReadabilityFormula.FernandezHuerta, 119.19)] // 206.84 − 0.60·133.33 − 1.02·7.5
    [InlineData(ReadabilityFormula.Inflesz, 116.268333)] // 206.835 − 62.3·1.3333 − 7.5
    [InlineData(ReadabilityFormula.KandelMoles, 101.254167)] // 207 − 1.015·7.5 − 73.6·1.3333
    [InlineData(ReadabilityFormula.Amstad, 94.5)] // 180 − 7.5 − 58.5·1.3333
    [InlineData(ReadabilityFormula.Lix, 27.5)] // 7.5 + 100·3/15
    public void Compute_KnownCounts_GivesTheHandComputedScore(ReadabilityFormula formula, double expected) =>
        Assert.Equal(expected, ReadabilityFormulas.Compute(formula, Sample), 4);

    [Fact]
    public void Compute_NoText_IsFiniteNotNaN() =>
        Assert.All(Enum.GetValues<ReadabilityFormula>(), f => Assert.True(double.IsFinite(ReadabilityFormulas.Compute(f, TextStatistics.Empty))));

    [Theory]
    [InlineData(ReadabilityFormula.FleschKincaidGrade, false)]
    [InlineData(ReadabilityFormula.Lix, false)]
    [InlineData(ReadabilityFormula.Inflesz, true)]
    [InlineData(ReadabilityFormula.Amstad, true)]
    public void HigherIsEasier_Formula_TellsTheDirection(ReadabilityFormula formula, bool expected) =>
        Assert.Equal(expected, ReadabilityFormulas.HigherIsEasier(formula));

    [Fact]
    public void Add_TwoParts_SumsEveryCount() =>
        Assert.Equal(new TextStatistics(4, 30, 40, 6, 140), Sample + Sample);
}
