namespace CarePages.Demo.Tests.Api;

/// <summary>
/// A request body of <paramref name="length"/> bytes made up as it is read (<paramref name="fill"/> after <paramref name="head"/>),
/// so that tests can send tens of megabytes without holding them. Not seekable: sent chunked, with no Content-Length.
/// </summary>
internal sealed class GeneratedBody(long length, byte[] head, byte fill = (byte)'x') : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>How many bytes the server read.</summary>
    public long BytesRead => _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        for (var i = 0; i < n; i++)
        {
            var at = _position + i;
            buffer[offset + i] = at < head.Length ? head[at] : fill;
        }

        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
