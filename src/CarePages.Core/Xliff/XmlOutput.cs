using System.Text;
using System.Xml;

namespace CarePages.Core.Xliff;

/// <summary>How the XLIFF writers produce XML: UTF-8 without a byte-order mark, hand-placed line breaks.</summary>
internal static class XmlOutput
{
    /// <summary>The writer settings.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>What <paramref name="write"/> writes to a stream, as a string.</summary>
    public static string ToText(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A line break and indentation between elements (never inside source or target content).</summary>
    public static void NewLine(XmlWriter writer, int depth) => writer.WriteWhitespace("\n" + new string(' ', depth * 2));
}
