using System.Globalization;
using System.Text;

namespace CarePages.Cli.Input;

/// <summary>Reads a file as text, refusing binary files, invalid UTF-8 and files too large to be content.</summary>
internal static class TextFileReader
{
    /// <summary>The largest file read, in bytes (64 MiB). The engine's own field limit, far lower, turns large content into a finding.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="fullPath"/>; <paramref name="displayPath"/> names it in errors.</summary>
    /// <exception cref="UsageException">The file cannot be read, is binary or is not UTF-8 (or UTF-16 with a byte order mark).</exception>
    public static string Read(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxBytes)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{displayPath}: the file is {length:N0} bytes; the most carepages reads is {MaxBytes:N0}."));
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{displayPath}: cannot be read ({exception.Message}).", exception);
        }

        return Decode(bytes, displayPath);
    }

    private static string Decode(byte[] bytes, string displayPath)
    {
        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
            _ => (StrictUtf8, 0),
        };

        string text;
        try
        {
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException exception)
        {
            throw new UsageException($"{displayPath}: is a binary file or not UTF-8 text.", exception);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new UsageException($"{displayPath}: is a binary file, not text.");
        }

        return text;
    }
}
