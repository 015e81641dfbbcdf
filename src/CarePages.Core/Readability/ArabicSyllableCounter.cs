namespace CarePages.Core.Readability;

/// <summary>
/// Arabic syllables in OSMAN's classes (<see cref="ArabicSyllables"/>). A word with vowel marks (tashkeel) is read from
/// them, as OSMAN's reference tool does: each fatha, damma or kasra is a syllable, long when the next letter is ا, و, ي or
/// ى carrying no vowel of its own; each tanween is a nunated syllable and each shadda a geminate. A word without vowel
/// marks (most Arabic on the web) is estimated from its letters, since OSMAN's own answer (adding the marks with a
/// diacritiser) is not available here: ا, و, ي and ى in a vowel's place are long vowels (not first in the word, not
/// next to another long vowel, و and ي not before ا; the ا of a final وا is silent); every other letter is a consonant;
/// the consonants not opening a long vowel make one short syllable per two (Arabic syllables are CV and CVC); and a word
/// of three or more letters ending in a consonant gets one more short syllable for the case or mood ending that a full
/// vocalisation writes (كتاب is كِتَابٌ, three syllables). See the Readability README for how the estimate compares.
/// </summary>
public sealed class ArabicSyllableCounter : SyllableCounter
{
    private const char Fathatan = '\u064B';
    private const char Dammatan = '\u064C';
    private const char Kasratan = '\u064D';
    private const char Fatha = '\u064E';
    private const char Damma = '\u064F';
    private const char Kasra = '\u0650';
    private const char Shadda = '\u0651';
    private const char Sukun = '\u0652';
    private const char DaggerAlif = '\u0670';
    private const char Tatweel = '\u0640';
    private const char Alif = 'ا';
    private const char AlifMadda = 'آ';
    private const char AlifMaqsura = 'ى';
    private const char Waw = 'و';
    private const char Ya = 'ي';

    /// <summary>The syllables of <paramref name="word"/> by class; characters other than letters and Arabic marks are ignored.</summary>
    public static ArabicSyllables Classify(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= Fathatan and <= Kasra or Sukun)
            {
                return FromMarks(word);
            }
        }

        return Estimate(word);
    }

    /// <inheritdoc />
    protected override int CountPart(ReadOnlySpan<char> part) => Classify(part).Count;

    /// <inheritdoc />
    protected override bool IsWordMark(char c) => IsMark(c);

    private static ArabicSyllables FromMarks(ReadOnlySpan<char> word)
    {
        int shortVowels = 0, longVowels = 0, nunation = 0, geminates = 0;
        for (var i = 0; i < word.Length; i++)
        {
            switch (word[i])
            {
                case Fatha or Damma or Kasra:
                    if (IsLengthenedAfter(word, i))
                    {
                        longVowels++;
                    }
                    else
                    {
                        shortVowels++;
                    }

                    break;
                case Fathatan or Dammatan or Kasratan:
                    nunation++;
                    break;
                case Shadda:
                    geminates++;
                    break;
                case DaggerAlif:
                    longVowels++;
                    break;
            }
        }

        return new(shortVowels, longVowels, nunation, geminates);
    }

    // The vowel mark at i is long when the next letter is ا, و, ي or ى and that letter carries no vowel, tanween or
    // shadda of its own (then it is a consonant: the ي of بَيَان, the و of قُوَّة).
    private static bool IsLengthenedAfter(ReadOnlySpan<char> word, int i)
    {
        var next = NextLetter(word, i + 1);
        if (next < 0 || word[next] is not (Alif or Waw or Ya or AlifMaqsura))
        {
            return false;
        }

        for (var j = next + 1; j < word.Length && IsMark(word[j]); j++)
        {
            if (word[j] is >= Fathatan and <= Shadda)
            {
                return false;
            }
        }

        return true;
    }

    private static int NextLetter(ReadOnlySpan<char> word, int from)
    {
        for (var j = from; j < word.Length; j++)
        {
            if (char.IsLetter(word[j]) && word[j] != Tatweel)
            {
                return j;
            }
        }

        return -1;
    }

    private static ArabicSyllables Estimate(ReadOnlySpan<char> word)
    {
        int consonants = 0, longVowels = 0, letters = 0, geminates = 0;
        var previousWasVowel = false;
        var lastIsConsonant = false;
        for (var i = NextLetter(word, 0); i >= 0; i = NextLetter(word, i + 1))
        {
            var c = word[i];
            var next = NextLetter(word, i + 1);
            var first = letters == 0;
            letters++;
            geminates += next > i + 1 && word[(i + 1)..next].Contains(Shadda) ? 1 : 0;
            if (c == Alif && !first && next < 0 && word[PreviousLetter(word, i)] == Waw)
            {
                // The silent alif of a final وا (كتبوا, "they wrote").
                continue;
            }

            var vowel = !first && !previousWasVowel && c switch
            {
                Alif or AlifMaqsura => true,
                Waw or Ya => next < 0 || word[next] is not (Alif or AlifMaqsura) || (word[next] == Alif && NextLetter(word, next + 1) < 0 && c == Waw),
                _ => false,
            };
            if (c == AlifMadda)
            {
                // آ is a glottal stop and a long a.
                consonants++;
                longVowels++;
                previousWasVowel = true;
                lastIsConsonant = false;
                continue;
            }

            consonants += vowel ? 0 : 1;
            longVowels += vowel ? 1 : 0;
            previousWasVowel = vowel;
            lastIsConsonant = !vowel;
        }

        var shortVowels = ((Math.Max(0, consonants - longVowels) + 1) / 2) + (letters >= 3 && lastIsConsonant ? 1 : 0);
        return new(shortVowels, longVowels, 0, geminates);
    }

    private static int PreviousLetter(ReadOnlySpan<char> word, int before)
    {
        for (var j = before - 1; j >= 0; j--)
        {
            if (char.IsLetter(word[j]) && word[j] != Tatweel)
            {
                return j;
            }
        }

        return before;
    }

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u065F' or DaggerAlif or >= '\u06D6' and <= '\u06ED';
}
