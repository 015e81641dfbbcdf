namespace CarePages.Core.Readability;

/// <summary>The pieces <typeparamref name="TSplitter"/> finds in a text, as spans, without allocating.</summary>
/// <typeparam name="TSplitter">What a piece is: <see cref="SentenceSplitter"/> or <see cref="WordSplitter"/>.</typeparam>
public ref struct TextSpanEnumerator<TSplitter>
    where TSplitter : ITextSplitter
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Enumerates the pieces of <paramref name="text"/>.</summary>
    public TextSpanEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
        CurrentStart = -1;
    }

    /// <summary>The current piece.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Where the current piece starts in the text.</summary>
    public int CurrentStart { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly TextSpanEnumerator<TSplitter> GetEnumerator() => this;

    /// <summary>Moves to the next piece.</summary>
    public bool MoveNext()
    {
        if (TSplitter.TryNext(_text, ref _position, out var start, out var length))
        {
            CurrentStart = start;
            Current = _text.Slice(start, length);
            return true;
        }

        Current = default;
        return false;
    }
}
