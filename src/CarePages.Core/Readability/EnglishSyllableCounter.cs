namespace CarePages.Core.Readability;

/// <summary>
/// English syllables by vowel groups (a e i o u, and y except at the start or between vowels), with the usual silent
/// endings (final e except after a consonant + l, -es and -ed except where they are heard: "boxes", "wanted"), a silent
/// e before -ly, -ful, -ment, -ness, -less ("safely"), vowel pairs that are two syllables ("media", "radio", "usual",
/// "fluid", "diet", "area", "going"), and a short list of common words the rules get wrong. Silent e inside compounds
/// ("lifestyle") is still counted.
/// </summary>
public sealed class EnglishSyllableCounter : SyllableCounter
{
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["people"] = 2, ["friend"] = 1, ["friends"] = 1, ["society"] = 4, ["science"] = 2, ["sciences"] = 3, ["recipe"] = 3,
        ["maybe"] = 2, ["something"] = 2, ["sometimes"] = 2, ["someone"] = 2, ["somewhere"] = 2, ["somebody"] = 3,
        ["everyone"] = 3, ["everything"] = 3, ["everybody"] = 4, ["anyone"] = 3, ["anything"] = 3, ["business"] = 2,
        ["every"] = 2, ["everyday"] = 3, ["evening"] = 2, ["create"] = 2, ["creates"] = 2, ["created"] = 3, ["react"] = 2,
        ["reaction"] = 3, ["reactions"] = 3, ["diabetes"] = 4, ["doesn"] = 2, ["isn"] = 2, ["wasn"] = 2, ["didn"] = 2,
        ["couldn"] = 2, ["shouldn"] = 2, ["wouldn"] = 2, ["hasn"] = 2, ["hadn"] = 2, ["mustn"] = 2, ["needn"] = 2,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExceptionLookup = Exceptions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestException = Exceptions.Keys.Max(k => k.Length);

    private static readonly string[] SilentESuffixes = ["ly", "ful", "fully", "ment", "ments", "ness", "less"];

    /// <inheritdoc />
    protected override int CountPart(ReadOnlySpan<char> part)
    {
        if (part.Length <= LongestException && ExceptionLookup.TryGetValue(part, out var known))
        {
            return known;
        }

        if (!HasVowel(part))
        {
            return 0;
        }

        if (part.Length <= 3)
        {
            return 1;
        }

        var end = CountedLength(part);
        var count = 0;
        var inGroup = false;
        for (var i = 0; i < end; i++)
        {
            var vowel = IsVowelAt(part, i);
            if (vowel && (!inGroup || SplitsBefore(part, i, end)))
            {
                count++;
            }

            inGroup = vowel;
        }

        if (HasSilentEBeforeSuffix(part))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    // The length that is pronounced: without a silent final e, -es or -ed.
    private static int CountedLength(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        int end;
        if (EndsWith(w, "es"))
        {
            var before = w[n - 3];
            end = before is 's' or 'x' or 'z' || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "ges") || EndsWith(w, "ces")
                || IsSyllabicLe(w, n - 3) || IsSyllabicRe(w, n - 3)
                ? n
                : EndsWith(w, "gues") || EndsWith(w, "ques") ? n - 3 : n - 2;
        }
        else if (EndsWith(w, "ed"))
        {
            var before = w[n - 3];
            end = before is 't' or 'd' || IsPlainVowel(before) || IsSyllabicLe(w, n - 3) ? n : n - 2;
        }
        else if (w[n - 1] == 'e')
        {
            end = IsSyllabicLe(w, n - 2) || IsSyllabicRe(w, n - 2) ? n : EndsWith(w, "gue") || EndsWith(w, "que") ? n - 2 : n - 1;
        }
        else
        {
            return n;
        }

        return HasVowel(w[..end]) ? end : n;
    }

    // "table", "tables", "handled": an l after a consonant other than l carries the final syllable.
    private static bool IsSyllabicLe(ReadOnlySpan<char> w, int l) =>
        l >= 1 && w[l] == 'l' && IsConsonant(w[l - 1]) && w[l - 1] != 'l';

    // "centre", "litre", "fibre".
    private static bool IsSyllabicRe(ReadOnlySpan<char> w, int r) =>
        r >= 1 && w[r] == 'r' && w[r - 1] is 't' or 'b' or 'c' or 'g';

    // Two vowels in a row that are said as two syllables; i is the second one.
    private static bool SplitsBefore(ReadOnlySpan<char> w, int i, int end)
    {
        var a = w[i - 1];
        var b = w[i];
        var before = i >= 2 ? w[i - 2] : '\0';
        var after = i + 1 < end ? w[i + 1] : '\0';
        if (b == 'i' && (w[i..].SequenceEqual("ing") || w[i..].SequenceEqual("ings")))
        {
            return true;
        }

        return (a, b) switch
        {
            ('i', 'a') => before is not ('c' or 't' or 's' or 'g' or 'x') || after == 't',
            ('i', 'o') => before is not ('t' or 's' or 'c' or 'g' or 'x') && !(after == 'n' && (i + 2 == end || (i + 3 == end && w[i + 2] == 's')))
                && !(after == 'u' && i + 2 < end && w[i + 2] == 'r'),
            ('i', 'u') => true,
            ('u', 'i') => after is 'd' or 'n' && before != 'g',
            ('u', 'a') or ('u', 'o') => before != 'g',
            ('u', 'e') => after is 'n' or 'l' && before != 'g',
            ('e', 'o') => !(after is 'u' or 'n' && before is 'g' or 'c'),
            ('e', 'a') => i == end - 1,
            ('i', 'e') => (after is 't' or 'n' || (after == 's' && i + 2 < end && w[i + 2] == 't')) && before is not ('c' or 't' or 's' or 'g'),
            _ => false,
        };
    }

    private static bool HasSilentEBeforeSuffix(ReadOnlySpan<char> w)
    {
        // Every suffix ends in y, l, t or s.
        if (w[^1] is not ('y' or 'l' or 't' or 's'))
        {
            return false;
        }

        foreach (var suffix in SilentESuffixes)
        {
            var e = w.Length - suffix.Length - 1;
            if (e >= 2 && EndsWith(w, suffix) && w[e] == 'e' && IsConsonant(w[e - 1]) && HasVowel(w[..(e - 1)])
                && !(w[e - 1] == 'l' && suffix.StartsWith('m')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowelAt(ReadOnlySpan<char> w, int i)
    {
        var c = w[i];
        if (c == 'y')
        {
            return i > 0 && !(IsPlainVowel(w[i - 1]) && i + 1 < w.Length && IsPlainVowel(w[i + 1]));
        }

        return IsPlainVowel(c) && !(c == 'u' && i > 0 && w[i - 1] == 'q');
    }

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (IsPlainVowel(c) || c == 'y')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsPlainVowel(c) && c != 'y';

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u'
        or 'à' or 'á' or 'â' or 'ä' or 'è' or 'é' or 'ê' or 'ë' or 'ì' or 'í' or 'î' or 'ï' or 'ò' or 'ó' or 'ô' or 'ö' or 'ù' or 'ú' or 'û' or 'ü' or 'æ' or 'œ';
}
