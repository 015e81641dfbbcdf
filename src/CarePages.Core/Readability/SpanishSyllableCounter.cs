namespace CarePages.Core.Readability;

/// <summary>
/// Spanish syllables by vowel nuclei. Open vowels (a, e, o, accented or not) and accented í, ú are strong; i, u, ü and a
/// final y after a vowel are weak. A weak vowel next to any other vowel forms a diphthong or triphthong (one nucleus);
/// two strong vowels are in hiatus (two nuclei), so an accent on í or ú breaks a diphthong: "ciudad" 2, "día" 2,
/// "país" 2, "guion" 1, "reúne" 3. Two equal weak vowels ("chiita") are also in hiatus, and an h between vowels
/// separates them, as in written syllabification ("prohibir" 3).
/// </summary>
public sealed class SpanishSyllableCounter : SyllableCounter
{
    /// <inheritdoc />
    protected override int CountPart(ReadOnlySpan<char> part)
    {
        var nuclei = 0;
        var previous = '\0';
        var nucleusHasStrong = false;
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (!IsVowelAt(part, i))
            {
                previous = '\0';
                continue;
            }

            var strong = IsStrong(c);
            if (previous != '\0' && Joins(previous, c) && !(strong && nucleusHasStrong))
            {
                nucleusHasStrong |= strong;
            }
            else
            {
                nuclei++;
                nucleusHasStrong = strong;
            }

            previous = c;
        }

        return nuclei;
    }

    // A weak vowel joins any different vowel; two strong vowels, or the same weak vowel twice, do not.
    private static bool Joins(char a, char b) => !(IsStrong(a) && IsStrong(b)) && a != b;

    private static bool IsVowelAt(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü' => true,

        // "y" is a vowel alone ("y") or closing a word after a vowel ("hoy", "muy", "Uruguay"); elsewhere a consonant.
        'y' => w.Length == 1 || (i == w.Length - 1 && i > 0 && IsVowelAt(w, i - 1)),
        _ => false,
    };

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';
}
