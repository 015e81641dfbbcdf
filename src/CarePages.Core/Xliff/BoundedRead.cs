namespace CarePages.Core.Xliff;

/// <summary>Reads an uploaded stream into memory, stopping as soon as it passes the size limit.</summary>
internal static class BoundedRead
{
    /// <summary>The bytes of <paramref name="input"/>, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static byte[]? Read(Stream input, long maxBytes) => ReadAsync(input, maxBytes, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>The bytes of <paramref name="input"/>, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<byte[]?> ReadAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            return null;
        }

        // A stream that knows its length is read into one buffer of that size, handed back as it is when filled.
        using var copy = new MemoryStream(input.CanSeek ? (int)Math.Max(0, input.Length - input.Position) : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
    }
}
