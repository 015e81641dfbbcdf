using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// Folds text for matching word lists: lower case, accents and Arabic short vowels, tanween, hamza and madda
/// removed (so أ إ آ read as ا), tatweel dropped. "Músculo" and "musculo", "موعدًا" and "موعدا" compare equal.
/// </summary>
internal static class TextFolding
{
    private const char Tatweel = '\u0640';
    private static readonly ConcurrentDictionary<char, string> Folded = new();

    /// <summary>What <paramref name="c"/> folds to: usually one character, none for marks and tatweel.</summary>
    public static string Fold(char c)
    {
        if (c < 0x80)
        {
            return AsciiCache[c is >= 'A' and <= 'Z' ? c + 32 : c];
        }

        return Folded.GetOrAdd(c, static ch =>
        {
            if (ch == Tatweel || char.IsSurrogate(ch))
            {
                return ch == Tatweel ? string.Empty : ch.ToString();
            }

            var builder = new StringBuilder(2);
            foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
                {
                    builder.Append(char.ToLowerInvariant(part));
                }
            }

            return builder.ToString();
        });
    }

    /// <summary><paramref name="text"/> folded as a whole.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    private static readonly string[] AsciiCache = Enumerable.Range(0, 0x80).Select(i => ((char)i).ToString()).ToArray();
}
