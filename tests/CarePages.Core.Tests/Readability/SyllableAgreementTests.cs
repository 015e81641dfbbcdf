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
