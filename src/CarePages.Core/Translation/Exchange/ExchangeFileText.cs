using System.Text;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// A returned file's text: UTF-8, or UTF-16 or UTF-32 when a byte order mark says so (as the XML reader and
/// <c>carepages xliff validate</c> read them); the mark itself is not part of the text.
/// </summary>
internal static class ExchangeFileText
{
    /// <summary>The text of the first <paramref name="maxBytes"/> bytes of <paramref name="content"/> (all of it by default).</summary>
    public static string Decode(byte[] content, int maxBytes = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var reader = new StreamReader(new MemoryStream(content, 0, Math.Min(content.Length, maxBytes), writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
