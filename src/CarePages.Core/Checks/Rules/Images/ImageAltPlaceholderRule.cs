using CarePages.Core.Checks.Html;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An image's text alternative that only says it is an image ("image", "foto", "Grafik", "صورة", "spacer", "image 3") or is
/// only punctuation tells patients nothing (default variant). One that starts with "image of", "foto de", "photo d'",
/// "Bild von", "صورة ل" … makes screen readers say "image" twice (variant <c>prefix</c>: drop the words). Warns.
/// </summary>
/// <remarks>
/// Word lists per content language in <c>Checks/Vocabulary/images.&lt;language&gt;.json</c>: <c>placeholderAlt</c> (whole
/// alternatives, compared after <see cref="TextFolding"/> folding and without a trailing number) and <c>altPrefixes</c>
/// (followed by a space, or, when the phrase ends in a one-letter Arabic preposition such as ل, by the word it joins).
/// A culture whose language has no lists is only checked for punctuation-only alternatives.
/// </remarks>
public sealed class ImageAltPlaceholderRule : IMarkupRule
{
    // Placeholders and prefixes are short: only the start of an alternative needs folding.
    private const int FoldedLength = 60;

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "image-alt-placeholder",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.1.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var placeholders = FoldedTerms.Of(context.Terms("placeholderAlt"));
        var prefixes = FoldedTerms.Of(context.Terms("altPrefixes"));
        foreach (var (image, text) in ImageAlternatives.Of(context))
        {
            var folded = TextFolding.Fold(text.Length > FoldedLength ? text[..FoldedLength] : text);
            var arguments = new Dictionary<string, string> { ["alt"] = Snippets.Shorten(text, 80) };
            if (folded.Length == 0 || (text.Length <= FoldedLength && placeholders.Contains(WithoutTrailingNumber(folded))))
            {
                findings.Report(image, arguments: arguments);
            }
            else if (PrefixOf(folded, prefixes) is { } prefix)
            {
                arguments["prefix"] = prefix;
                findings.Report(image, "prefix", arguments);
            }
        }
    }

    private static string? PrefixOf(string folded, FoldedTerms prefixes)
    {
        foreach (var (term, original) in prefixes.Entries)
        {
            if (folded.Length > term.Length && folded.StartsWith(term, StringComparison.Ordinal)
                && (folded[term.Length] == ' ' || EndsInJoiningLetter(term)))
            {
                return original;
            }
        }

        return null;
    }

    // Arabic writes the prepositions ل, ب and ك joined to the next word: "صورة للطبيب".
    private static bool EndsInJoiningLetter(string term) =>
        term.Length >= 2 && term[^2] == ' ' && term[^1] is >= '\u0600' and <= '\u06FF';

    // "image 2" and "foto 03" are as empty as "image".
    private static string WithoutTrailingNumber(string folded)
    {
        var end = folded.Length;
        while (end > 0 && char.IsAsciiDigit(folded[end - 1]))
        {
            end--;
        }

        return end < folded.Length && end > 1 && folded[end - 1] == ' ' ? folded[..(end - 1)] : folded;
    }
}
