using CarePages.Core.Readability;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// The prose of a field or page read once and walked word by word once, for the readability, long-sentence and
/// capitals rules: the counts the readability formulas need, every sentence with its length, and every run of
/// upper-case words. Built on first use and shared through the context.
/// </summary>
internal sealed class ProseProfile
{

    private ProseProfile(IReadOnlyList<ProseBlock> blocks, TextStatistics statistics, IReadOnlyList<ProseSentence> sentences, IReadOnlyList<CapitalsRun> capitals)
    {
        Blocks = blocks;
        Statistics = statistics;
        Sentences = sentences;
        Capitals = capitals;
    }

    /// <summary>The prose blocks, in document order.</summary>
    public IReadOnlyList<ProseBlock> Blocks { get; }

    /// <summary>The counts for the readability formulas, with syllables counted in the context's language.</summary>
    public TextStatistics Statistics { get; }

    /// <summary>Every sentence with at least one word.</summary>
    public IReadOnlyList<ProseSentence> Sentences { get; }

    /// <summary>Every run of one or more upper-case words.</summary>
    public IReadOnlyList<CapitalsRun> Capitals { get; }

    /// <summary>The profile of <paramref name="context"/>.</summary>
    public static ProseProfile Of(MarkupContext context) => context.Shared(Build);

    /// <summary>The text of <paramref name="sentence"/>.</summary>
    public string TextOf(ProseSentence sentence) => Blocks[sentence.Block].Text.Substring(sentence.Start, sentence.Length);

    private static ProseProfile Build(MarkupContext context)
    {
        var blocks = ProseReader.Read(context);
        var statistics = new TextStatisticsBuilder(context.Language);
        var sentences = new List<ProseSentence>();
        var capitals = new List<CapitalsRun>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            var run = new CapitalsRun(b, 0, 0, 0);
            var sentenceEnumerator = Prose.Sentences(text);
            while (sentenceEnumerator.MoveNext())
            {
                var offset = sentenceEnumerator.CurrentStart;
                var words = Prose.Words(sentenceEnumerator.Current);
                while (words.MoveNext())
                {
                    statistics.AddWord(words.Current);
                    switch (CaseOf(words.Current))
                    {
                        case WordCase.Upper:
                            var start = offset + words.CurrentStart;
                            run = new CapitalsRun(b, run.Words == 0 ? start : run.Start, start + words.Current.Length, run.Words + 1);
                            break;
                        case WordCase.Other:
                            run = Close(run, capitals);
                            break;
                    }
                }

                var count = statistics.EndSentence();
                if (count > 0)
                {
                    sentences.Add(new ProseSentence(b, offset, sentenceEnumerator.Current.Length, count));
                }
            }

            Close(run, capitals);
        }

        return new ProseProfile(blocks, statistics.Build(), sentences, capitals);
    }

    private static CapitalsRun Close(CapitalsRun run, List<CapitalsRun> capitals)
    {
        if (run.Words > 0)
        {
            capitals.Add(run);
        }

        return new CapitalsRun(run.Block, 0, 0, 0);
    }

    // Only letters decide: two or more capitals and no lower case make an upper-case word; a single capital ("I", "A")
    // or only ß is neutral; letters of a script without case end a run.
    private static WordCase CaseOf(ReadOnlySpan<char> word)
    {
        var upper = 0;
        var uncased = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                if (c != 'ß')
                {
                    return WordCase.Other;
                }
            }
            else if (char.IsUpper(c))
            {
                upper++;
            }
            else
            {
                uncased |= char.IsLetter(c);
            }
        }

        return upper >= 2 ? WordCase.Upper : upper == 0 && uncased ? WordCase.Other : WordCase.Neutral;
    }
}
