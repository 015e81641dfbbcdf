using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A booking call-out's text must not stop mid-sentence, like the article's "Please call us to ensure". Sentence fields
/// (text, access note) must end with sentence-final punctuation (closing quotes and brackets after it allowed) and must
/// not end with a word that cannot end a sentence; headings and button text need no punctuation but must not end with
/// such a word either. Those words are the <c>booking-cut-off-endings</c> list of the content language: articles,
/// conjunctions, possessives and the prepositions that cannot be left at the end (English and German leave some out
/// on purpose: "if you want to", "Rufen Sie uns an").
/// </summary>
public sealed class BookingTextCutOffRule : IDocumentRule
{
    /// <summary>The vocabulary list of words that cannot end a sentence.</summary>
    public const string EndingsList = "booking-cut-off-endings";

    private const string SentenceFields = "sentenceFields";
    private const string HeadingFields = "headingFields";
    private const string SentenceEnds = "sentenceEnds";
    private const string Closers = "\"'”’»›)]}」』\u201C\u2018";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "booking-text-cut-off",
        DefaultSeverity = FindingSeverity.Block,
        Parameters =
        [
            new(SentenceFields, BookingCalloutElementType.Text + "," + BookingCalloutElementType.AccessNote, "Call-out fields written as sentences, which must end with sentence-final punctuation."),
            new(HeadingFields, BookingCalloutElementType.Heading + "," + BookingCalloutElementType.ButtonText, "Call-out fields that need no final punctuation but must not end with a word that cannot end a sentence."),
            new(SentenceEnds, ".!?…؟。！？‼", "Characters that end a sentence, in any content language."),
        ],
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var endings = TermList.Of(context.Terms(EndingsList));
        var sentenceEnds = findings.Parameters.GetString(SentenceEnds);
        var sentences = findings.Parameters.GetList(SentenceFields);
        var headings = findings.Parameters.GetList(HeadingFields);
        foreach (var callout in ClinicalDocuments.BookingCallouts(context.Document))
        {
            foreach (var alias in sentences.Concat(headings))
            {
                if (callout.Text(alias) is not { } text)
                {
                    continue;
                }

                var tokens = TokenizedText.Of(text, context.Language).Tokens;
                if (tokens.Count > 0 && endings.HasWord(tokens[^1].Text))
                {
                    var word = text[tokens[^1].Start..tokens[^1].End];
                    findings.Report(text, variant: "dangling", arguments: new Dictionary<string, string> { ["word"] = word }, property: callout.PathOf(alias));
                }
                else if (sentences.Contains(alias) && !EndsSentence(text, sentenceEnds))
                {
                    findings.Report(text, property: callout.PathOf(alias));
                }
            }
        }
    }

    private static bool EndsSentence(string text, string sentenceEnds)
    {
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || Closers.Contains(text[end], StringComparison.Ordinal)))
        {
            end--;
        }

        return end >= 0 && sentenceEnds.Contains(text[end], StringComparison.Ordinal);
    }
}
