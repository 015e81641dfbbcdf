namespace CarePages.Core.Readability;

/// <summary>Finds the pieces of a text one after another (sentences, words) for <see cref="TextSpanEnumerator{TSplitter}"/>.</summary>
public interface ITextSplitter
{
    /// <summary>Finds the next piece at or after <paramref name="position"/> and moves <paramref name="position"/> past it.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="position">Where to look from; on return, where to look next.</param>
    /// <param name="start">Where the piece starts.</param>
    /// <param name="length">How long it is.</param>
    /// <returns>False when there are no more pieces.</returns>
    static abstract bool TryNext(ReadOnlySpan<char> text, ref int position, out int start, out int length);
}
