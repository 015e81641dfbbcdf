namespace CarePages.Core.Readability;

/// <summary>
/// French spoken syllables by vowel groups (eau, ou, oi, ai, ei, au, eu, œu, and i before a vowel are one), with the
/// silent endings of words longer than a syllable: final e and es ("table", "pages") and the -ent of verbs ("ils
/// parlent"), kept in -ment, in -ient except -aient/-oient, and in a list of common nouns and adjectives ("souvent",
/// "urgent"). Vowels in hiatus are split: after é/è ("réaction"), before a diaeresis ("naïf"), a or o before another of
/// a, o, é, è ("chaos", "poème", not "alcool"), u after a consonant before a, e, é, è, o ("actuel", "situation"), and a
/// y between vowels ("moyen"). qu and gu before e, i are consonants.
/// </summary>
public sealed class FrenchSyllableCounter : SyllableCounter
{
    private static readonly HashSet<string> SpokenEnt = new(StringComparer.Ordinal)
    {
        "souvent", "parent", "différent", "urgent", "accident", "argent", "absent", "présent", "prudent", "fréquent", "récent",
        "excellent", "adolescent", "équivalent", "intelligent", "content", "évident", "dent", "lent", "vent", "cent", "agent",
        "talent", "serpent", "torrent", "cohérent", "apparent", "incident", "président", "résident", "permanent", "compétent",
        "innocent", "violent", "décent", "précédent", "accent", "ardent", "latent", "strident", "régent", "consent",
        "pourcent", "indifférent", "transparent", "adjacent", "concurrent", "couvent", "évent", "auvent", "onguent",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokenEntLookup = SpokenEnt.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    protected override int CountPart(ReadOnlySpan<char> part)
    {
        var end = SpokenLength(part);
        var count = 0;
        var inGroup = false;
        for (var i = 0; i < end; i++)
        {
            var vowel = IsVowelAt(part, i);
            if (vowel && (!inGroup || SplitsBefore(part, i)))
            {
                count++;
            }

            inGroup = vowel;
        }

        return count;
    }

    // The length that is spoken: without a silent final e, es or verb ending -ent (only when a vowel is left).
    private static int SpokenLength(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        var end = n;
        if (n > 4 && EndsWith(w, "ent") && !EndsWith(w, "ment") && (!EndsWith(w, "ient") || EndsWith(w, "aient") || EndsWith(w, "oient"))
            && !SpokenEntLookup.Contains(w))
        {
            end = n - 3;
        }
        else if (n > 3 && EndsWith(w, "es"))
        {
            end = n - 2;
        }
        else if (n > 2 && w[n - 1] == 'e')
        {
            end = n - 1;
        }

        for (var i = 0; i < end; i++)
        {
            if (IsVowelAt(w, i))
            {
                return end;
            }
        }

        return n;
    }

    // Two vowels in a row said as two syllables; i is the second one.
    private static bool SplitsBefore(ReadOnlySpan<char> w, int i)
    {
        var a = w[i - 1];
        var b = w[i];
        if (a is 'é' or 'è' || b is 'ï' or 'ë' or 'ü' or 'ÿ')
        {
            return true;
        }

        if (a is 'a' or 'o' && b is 'a' or 'o' or 'é' or 'è' && a != b)
        {
            return true;
        }

        // y between vowels closes the first syllable: "moyen", "payer".
        if (a == 'y' && i >= 2 && IsVowelAt(w, i - 2))
        {
            return true;
        }

        // u after a consonant before another vowel: "actuel", "situation", "cruel" (not "lui", "puis").
        return a == 'u' && b is 'a' or 'e' or 'é' or 'è' or 'o' && i >= 2 && !IsVowelAt(w, i - 2);
    }

    private static bool IsVowelAt(ReadOnlySpan<char> w, int i)
    {
        var c = w[i];
        if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'è' or 'ê' or 'y')))
        {
            return false;
        }

        return c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'à' or 'â' or 'ä' or 'é' or 'è' or 'ê' or 'ë' or 'î' or 'ï' or 'ô' or 'ö' or 'ù' or 'û' or 'ü' or 'ÿ' or 'æ' or 'œ';
    }
}
