namespace CarePages.Core.Readability;

/// <summary>A word and its syllables, one slot of <see cref="SyllableCache"/>.</summary>
/// <param name="Word">The word as it stood in the text.</param>
/// <param name="Syllables">Its syllables.</param>
internal sealed record CachedSyllables(string Word, int Syllables);
