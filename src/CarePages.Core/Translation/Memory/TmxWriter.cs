using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;

namespace CarePages.Core.Translation.Memory;

/// <summary>
/// Writes translation memory segments as TMX 1.4b (<c>&lt;tmx version="1.4"&gt;</c>), for CAT tools and other memories:
/// one <c>&lt;tu&gt;</c> per segment with the approval time and approver as <c>creationdate</c>/<c>creationid</c>, the
/// document and field as <c>x-</c> properties, and placeholders as inline elements: <c>{1}</c>…<c>{/1}</c> as
/// <c>&lt;bpt i="1"&gt;</c>…<c>&lt;ept i="1"&gt;</c>, <c>{2/}</c> (and an unpaired placeholder) as <c>&lt;ph x="2"&gt;</c>,
/// each holding the placeholder as its code text. Pass the segments of one pair, or all of them.
/// </summary>
public static class TmxWriter
{
    /// <summary>The <c>srclang</c> of a file whose segments come from more than one source culture.</summary>
    public const string AllSourceLanguages = "*all*";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>Writes <paramref name="segments"/> to <paramref name="output"/> as UTF-8, dated <paramref name="createdAt"/>.</summary>
    public static void Write(IReadOnlyCollection<TranslationMemorySegment> segments, Stream output, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("tmx");
        writer.WriteAttributeString("version", "1.4");
        WriteHeader(writer, segments, createdAt);
        writer.WriteStartElement("body");
        foreach (var segment in segments)
        {
            WriteUnit(writer, segment);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The TMX document as a string.</summary>
    public static string WriteToString(IReadOnlyCollection<TranslationMemorySegment> segments, DateTimeOffset createdAt)
    {
        using var stream = new MemoryStream();
        Write(segments, stream, createdAt);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A time in TMX's format, <c>YYYYMMDDThhmmssZ</c> (UTC).</summary>
    public static string FormatDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static void WriteHeader(XmlWriter writer, IReadOnlyCollection<TranslationMemorySegment> segments, DateTimeOffset createdAt)
    {
        var sources = segments.Select(s => s.SourceCulture).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        writer.WriteStartElement("header");
        writer.WriteAttributeString("creationtool", "CarePages");
        writer.WriteAttributeString("creationtoolversion", ToolVersion);
        writer.WriteAttributeString("segtype", "paragraph");
        writer.WriteAttributeString("o-tmf", "CarePages");
        writer.WriteAttributeString("adminlang", "en");
        writer.WriteAttributeString("srclang", sources.Length == 1 ? sources[0] : AllSourceLanguages);
        writer.WriteAttributeString("datatype", "plaintext");
        writer.WriteAttributeString("creationdate", FormatDate(createdAt));
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, TranslationMemorySegment segment)
    {
        writer.WriteStartElement("tu");
        writer.WriteAttributeString("creationdate", FormatDate(segment.ApprovedAt));
        writer.WriteAttributeString("creationid", segment.ApprovedBy.UserKey);
        WriteProperty(writer, "x-carepages-document", segment.DocumentKey.ToString("D"));
        WriteProperty(writer, "x-carepages-field", segment.Path.Value);
        WriteProperty(writer, "x-carepages-approved-by", segment.ApprovedBy.DisplayName);
        WriteVariant(writer, segment.SourceCulture, segment.SourceText);
        WriteVariant(writer, segment.TargetCulture, segment.TargetText);
        writer.WriteEndElement();
    }

    private static void WriteProperty(XmlWriter writer, string type, string value)
    {
        writer.WriteStartElement("prop");
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static void WriteVariant(XmlWriter writer, string culture, string text)
    {
        writer.WriteStartElement("tuv");
        writer.WriteAttributeString("xml", "lang", null, culture);
        writer.WriteStartElement("seg");
        WriteSegmentContent(writer, text);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteSegmentContent(XmlWriter writer, string text)
    {
        var placeholders = TranslationMemoryText.PlaceholderPattern().Matches(text);
        var opened = placeholders.Where(m => IsOpening(m)).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        var closed = placeholders.Where(m => m.Groups["close"].Success).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        var at = 0;
        foreach (var placeholder in placeholders.Cast<System.Text.RegularExpressions.Match>())
        {
            writer.WriteString(text[at..placeholder.Index]);
            var id = placeholder.Groups["id"].Value;
            var paired = opened.Contains(id) && closed.Contains(id);
            var (element, attribute) = (IsOpening(placeholder), placeholder.Groups["close"].Success, paired) switch
            {
                (true, _, true) => ("bpt", "i"),
                (_, true, true) => ("ept", "i"),
                _ => ("ph", "x"),
            };
            writer.WriteStartElement(element);
            writer.WriteAttributeString(attribute, id);
            writer.WriteString(placeholder.Value);
            writer.WriteEndElement();
            at = placeholder.Index + placeholder.Length;
        }

        writer.WriteString(text[at..]);
    }

    private static bool IsOpening(System.Text.RegularExpressions.Match placeholder) =>
        !placeholder.Groups["close"].Success && !placeholder.Groups["alone"].Success;

    private static string ToolVersion =>
        typeof(TmxWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
