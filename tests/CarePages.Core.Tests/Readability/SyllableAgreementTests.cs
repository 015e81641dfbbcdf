using System.Globalization;
using CarePages.Core.Readability;
using Xunit.Abstractions;

namespace CarePages.Core.Tests.Readability;

/// <summary>
/// Our syllable counts against an independent reference. English: a fixed sample of the CMU Pronouncing Dictionary
/// (every 40th plain lower-case entry of the npm package <c>cmu-pronouncing-dictionary</c> 3.0.0, syllables = vowel
/// phonemes, first pronunciation), see <c>Reference/README.md</c>. The floors are the measured agreement, so a change
/// that makes the counter worse fails, and one that makes it better should raise them.
/// </summary>
public sealed class SyllableAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void English_AgainstTheCmuSample_AgreesAtLeastAsOftenAsMeasured()
    {
        var agreement = Measure("cmu-en.tsv", SyllableCounters.English);

        output.WriteLine(agreement.ToString());
        Assert.True(agreement.Exact >= 0.929 && agreement.WithinOne >= 0.997, agreement.ToString());
    }

    // The patterns never split off a one-letter first or last syllable (es "a-ba-ba" is "aba-ba") nor, in Spanish and
    // French, a hiatus ("abo-lías"), so the reference counts fewer syllables than the words have; see Reference/README.md.
    [Theory]
    [InlineData("es", 0.77, 0.985)]
    [InlineData("fr", 0.80, 0.989)]
    [InlineData("de", 0.92, 0.996)]
    public void Counter_AgainstHyphenationPatterns_AgreesAtLeastAsOftenAsMeasured(string language, double exact, double withinOne)
    {
        var agreement = Measure($"hyphen-{language}.tsv", SyllableCounters.For(language)!);

        output.WriteLine($"{language}: {agreement}");
        Assert.True(agreement.Exact >= exact && agreement.WithinOne >= withinOne, agreement.ToString());
    }

    private static SyllableAgreement Measure(string file, SyllableCounter counter)
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Readability", "Reference", file))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(parts => (Word: parts[0], Expected: int.Parse(parts[1], CultureInfo.InvariantCulture)))
            .ToList();
        var exact = rows.Count(r => counter.Count(r.Word) == r.Expected);
        var withinOne = rows.Count(r => Math.Abs(counter.Count(r.Word) - r.Expected) <= 1);
        return new SyllableAgreement(rows.Count, (double)exact / rows.Count, (double)withinOne / rows.Count);
    }
}
