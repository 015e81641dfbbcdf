namespace CarePages.Core.Readability;

/// <summary>
/// German syllables by vowels, with the diphthongs ei, ey, ai, ay, au, äu, eu, the long ie and the doubled aa, ee, oo
/// counted as one nucleus; other vowel pairs are two ("Theater", "Nation"). Final e is spoken. The ie of loan words
/// before a final n, before nt or ll is two syllables ("Ferien", "Patient", "speziell"); qu is a consonant.
/// </summary>
public sealed class GermanSyllableCounter : SyllableCounter
{
    /// <inheritdoc />
    protected override int CountPart(ReadOnlySpan<char> part)
    {
        var count = 0;
        var i = 0;
        while (i < part.Length)
        {
            if (!IsVowelAt(part, i))
            {
                i++;
                continue;
            }

            count++;
            i += i + 1 < part.Length && IsVowelAt(part, i + 1) && IsOneNucleus(part, i) ? 2 : 1;
        }

        return count;
    }

    private static bool IsOneNucleus(ReadOnlySpan<char> w, int i) => (w[i], w[i + 1]) switch
    {
        ('i', 'e') => !SplitsIe(w, i),
        ('e', 'i') or ('e', 'y') or ('a', 'i') or ('a', 'y') or ('a', 'u') or ('ä', 'u') or ('e', 'u') or ('a', 'a') or ('e', 'e') or ('o', 'o') => true,
        _ => false,
    };

    // The "ie" at i, followed by a final n in a longer word ("Ferien", "Therapien"), "nt" ("Patient", but not "dient")
    // or "ll" ("speziell"); never after h ("schien").
    private static bool SplitsIe(ReadOnlySpan<char> w, int i)
    {
        var before = i > 0 ? w[i - 1] : '\0';
        var rest = w[(i + 2)..];
        return before != 'h'
            && ((rest.SequenceEqual("n") && w.Length > 4) || (rest.StartsWith("nt", StringComparison.Ordinal) && before != 'd') || rest.StartsWith("ll", StringComparison.Ordinal));
    }

    private static bool IsVowelAt(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'ä' or 'ö' or 'ü' or 'é' or 'è' or 'à' => true,
        'u' => i == 0 || w[i - 1] != 'q',
        'y' => !(i == 0 && w.Length > 1 && IsVowelAt(w, 1)),
        _ => false,
    };
}
