using System.Globalization;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Long sentences are hard to follow (WCAG 3.1.5 advisory). One finding per field or page: how many sentences run over
/// <c>maxWords</c> words, with the first of them as the snippet. The default of 25 is the upper limit that GOV.UK and
/// NHS content guidance set for a single sentence; the reference's "more than 20 words" is a share-of-sentences signal
/// (at most 5 % over 20), which the readability score already reflects.
/// </summary>
public sealed class TextSentenceLongRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "text-sentence-long",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["3.1.5"],
        Parameters =
        [
            new("maxWords", "25", "Longest sentence, in words, before it is reported (GOV.UK and NHS guidance: 25)."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.AllText;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var maxWords = findings.Parameters.GetInt("maxWords");
        var profile = ProseProfile.Of(context);
        var count = 0;
        var longest = 0;
        ProseSentence? first = null;
        foreach (var sentence in profile.Sentences)
        {
            if (sentence.Words > maxWords)
            {
                count++;
                longest = Math.Max(longest, sentence.Words);
                first ??= sentence;
            }
        }

        if (first is not { } shown)
        {
            return;
        }

        findings.Report(profile.TextOf(shown), profile.Blocks[shown.Block].Position, count == 1 ? "one" : "many", new Dictionary<string, string>
        {
            ["count"] = count.ToString(CultureInfo.InvariantCulture),
            ["maxWords"] = maxWords.ToString(CultureInfo.InvariantCulture),
            ["longest"] = longest.ToString(CultureInfo.InvariantCulture),
        });
    }
}
