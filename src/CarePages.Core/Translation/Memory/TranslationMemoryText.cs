using System.Text.RegularExpressions;
using CarePages.Core.Text;

namespace CarePages.Core.Translation.Memory;

/// <summary>
/// How the memory represents a unit's text: plain text in Unicode NFC with every run of white space one space, and
/// inline markup as placeholders numbered like the unit's inline codes in the exchange file (the XLIFF ids, which
/// source and target share): <c>{1}</c> opens and <c>{/1}</c> closes a paired code (a link, emphasis),
/// <c>{2/}</c> stands for a standalone one (a line break, an image). "Read {1}the leaflet{/1}." is the text of
/// "Read &lt;a href="…"&gt;the leaflet&lt;/a&gt;." The markup itself (href, src) never enters the memory.
/// </summary>
public static partial class TranslationMemoryText
{
    /// <summary>
    /// The text's tokens for word-level comparison: placeholders, words (letters, digits and combining marks) and
    /// single punctuation marks; white space separates tokens and is not one.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenPattern().Matches(NormalisedText.Of(text)).Select(m => m.Value).ToArray();
    }

    [GeneratedRegex(@"\{(?<close>/)?(?<id>\d+)(?<alone>/)?\}", RegexOptions.CultureInvariant)]
    internal static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\{/?\d+/?\}|[\p{L}\p{Nd}\p{Mn}\p{Mc}]+|[^\s\p{L}\p{Nd}\p{Mn}\p{Mc}]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
