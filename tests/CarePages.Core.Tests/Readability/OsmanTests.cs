using CarePages.Core.Readability;

namespace CarePages.Core.Tests.Readability;

public class OsmanTests
{
    // "The boy went to school.", vocalised and bare.
    private const string Vocalised = "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ.";
    private const string Bare = "ذهب الولد إلى المدرسة.";

    [Fact]
    public void Osman_KnownCounts_GivesTheHandComputedScore()
    {
        // 2 sentences, 20 words; 60 weighted syllables, 6 long, 3 complex, 1 Faseeh word: 200.791 − 1.015·10 − 24.181·70/20.
        var statistics = new TextStatistics(2, 20, 40, 2, 90) { Osman = new OsmanCounts(Syllables: 60, LongWords: 6, ComplexWords: 3, FaseehWords: 1) };

        Assert.Equal(106.0075, ReadabilityFormulas.Osman(statistics), 4);
    }

    [Fact]
    public void Measure_VocalisedPassage_CountsOsmanWordTypesFromTheMarks()
    {
        // ذَهَبَ 3 short; الوَلَدُ 3 short (the article carries no mark); إِلَى short + long; المَدْرَسَةِ 4 short and 7 letters.
        var statistics = ReadabilityAnalyzer.Measure([Vocalised], "ar");

        Assert.Equal(new OsmanCounts(Syllables: 13, LongWords: 1, ComplexWords: 0, FaseehWords: 0), statistics.Osman);
        Assert.Equal(12, statistics.Syllables);
    }

    [Fact]
    public void Assess_VocalisedPassage_ScoresOsmanByHand() =>
        Assert.Equal(112.0975, ReadabilityAnalyzer.Assess([Vocalised], "ar").Score, 4); // 200.791 − 1.015·4 − 24.181·14/4

    [Fact]
    public void Assess_UnvocalisedPassage_ScoresTheEstimatedCounts()
    {
        // Estimated: ذهب 3, الولد 3 short + 1 long, إلى 1 + 1, المدرسة 5 short (so complex too): 16 weighted, 1 long, 1 complex.
        var assessment = ReadabilityAnalyzer.Assess([Bare], "ar");

        Assert.Equal(new OsmanCounts(Syllables: 16, LongWords: 1, ComplexWords: 1, FaseehWords: 0), assessment.Statistics.Osman);
        Assert.Equal(87.9165, assessment.Score, 4); // 200.791 − 1.015·4 − 24.181·18/4
    }

    [Fact]
    public void Of_LongFormalWord_IsFaseeh()
    {
        // المسؤولون: a hamza on waw and the plural ending ون, and it weighs more than 4 syllables.
        var counts = OsmanCounts.Of("المسؤولون");

        Assert.Equal(1, counts.FaseehWords);
        Assert.Equal(1, counts.LongWords);
    }

    [Fact]
    public void Of_ShortWordWithFormalLetter_IsNotFaseeh() =>
        Assert.Equal(0, OsmanCounts.Of("ذهب").FaseehWords);

    [Fact]
    public void Assess_PlainAndDenseArabic_ScoresPlainHigher()
    {
        string[] plain = ["اشرب الماء كل يوم. خذ الدواء بعد الأكل. نم جيدا في الليل. اتصل بالطبيب إذا شعرت بألم."];
        string[] dense = ["تتضمن الإجراءات العلاجية المستخدمة في معالجة الاضطرابات الاستقلابية المزمنة استعمال المستحضرات الدوائية المتخصصة بالتزامن مع التعديلات الغذائية والسلوكية المستمرة تحت الإشراف الطبي المتواصل."];

        var easy = ReadabilityAnalyzer.Assess(plain, "ar");
        var hard = ReadabilityAnalyzer.Assess(dense, "ar");

        Assert.True(easy.Score > hard.Score, $"plain {easy.Score}, dense {hard.Score}");
        Assert.True(easy.IsMet);
        Assert.False(hard.IsMet);
    }

    [Fact]
    public void Assess_Arabic_ReportsOsmanAndLix()
    {
        var assessment = ReadabilityAnalyzer.Assess([Bare], "ar-SA");

        Assert.Equal(new ReadabilityTarget(ReadabilityFormula.Osman, 60), assessment.Target);
        Assert.Equal([ReadabilityFormula.Osman, ReadabilityFormula.Lix], ReadabilityTargets.FormulasFor("ar-SA"));
        Assert.Equal(2, assessment.Scores.Count);
        Assert.Equal(29, assessment.Scores[ReadabilityFormula.Lix], 4); // 4 + 100·1/4
    }

    [Fact]
    public void Assess_OtherLanguage_HasNoOsmanCounts() =>
        Assert.Equal(OsmanCounts.Empty, ReadabilityAnalyzer.Measure(["The boy went to school."], "en").Osman);
}
