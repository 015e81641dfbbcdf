namespace CarePages.Core.Readability;

/// <summary>
/// The syllable counts a <see cref="SyllableCounter"/> has worked out, by word as it stands in the text, kept for the life of
/// the process: a page repeats its words, and a site repeats them from page to page, so most words are looked up rather than
/// counted again. A word sits in its own slot or the other slot of that pair: a new word takes its own and moves the word
/// there to the other, so it never holds more than <see cref="Slots"/> words. Slots are replaced whole, so threads can share it
/// without locking.
/// </summary>
internal sealed class SyllableCache
{
    private const int Slots = 8192;

    // Longer runs are rare and not worth keeping.
    private const int MaxWordLength = 64;

    // Made on the first word, so that languages never checked cost nothing.
    private CachedSyllables?[]? _slots;

    /// <summary>The syllables of <paramref name="word"/>, if they are held.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int syllables)
    {
        if (word.Length <= MaxWordLength && _slots is { } slots)
        {
            var slot = SlotOf(word);
            if ((Held(slots, slot, word) ?? Held(slots, slot ^ 1, word)) is { } held)
            {
                syllables = held.Syllables;
                return true;
            }
        }

        syllables = 0;
        return false;
    }

    /// <summary>Keeps the syllables of <paramref name="word"/>.</summary>
    public void Add(ReadOnlySpan<char> word, int syllables)
    {
        if (word.Length <= MaxWordLength)
        {
            var slots = LazyInitializer.EnsureInitialized(ref _slots, static () => new CachedSyllables?[Slots]);
            var slot = SlotOf(word);
            if (Volatile.Read(ref slots[slot]) is { } previous)
            {
                Volatile.Write(ref slots[slot ^ 1], previous);
            }

            Volatile.Write(ref slots[slot], new CachedSyllables(word.ToString(), syllables));
        }
    }

    private static CachedSyllables? Held(CachedSyllables?[] slots, int slot, ReadOnlySpan<char> word) =>
        Volatile.Read(ref slots[slot]) is { } held && word.SequenceEqual(held.Word) ? held : null;

    // From the length and the first and last two characters, so that finding a word's slot does not read the whole word;
    // words that share them share a pair of slots, and the comparison on lookup tells them apart.
    private static int SlotOf(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        if (word.Length > 0)
        {
            hash = (hash * 31) ^ word[0];
            hash = (hash * 31) ^ word[^1];
        }

        if (word.Length > 1)
        {
            hash = (hash * 31) ^ word[1];
            hash = (hash * 31) ^ word[^2];
        }

        hash *= 0x9E3779B1u;
        return (int)((hash ^ (hash >> 16)) & (Slots - 1));
    }
}
