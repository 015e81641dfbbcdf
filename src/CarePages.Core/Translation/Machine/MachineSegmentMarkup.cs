using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Machine;

/// <summary>
/// The form segments travel to and from an engine in: XLIFF 1.2 inline markup without attributes beyond the code's id
/// (<c>&lt;g id="1"&gt;</c>, <c>&lt;x id="2"/&gt;</c>), so that what comes back is read by the same target reader as a
/// returned XLIFF 1.2 file and its codes are checked the same way.
/// </summary>
internal static class MachineSegmentMarkup
{
    private const int MaxDepth = 64;

    /// <summary>The markup of <paramref name="nodes"/>.</summary>
    public static string Write(IReadOnlyList<InlineNode> nodes)
    {
        var markup = new StringBuilder();
        Append(markup, nodes);
        return markup.ToString();
    }

    /// <summary>The markup of plain text.</summary>
    public static string Text(string text) => Escaped(new StringBuilder(), text).ToString();

    /// <summary>
    /// <paramref name="markup"/> as an XLIFF 1.2 <c>&lt;target&gt;</c> for the target reader, or the note saying why the
    /// engine's answer cannot be read (not well-formed, a DTD).
    /// </summary>
    public static (XElement? Target, ExchangeNote? Problem) Read(string markup, string unitId)
    {
        var wrapped = $"<target xmlns=\"{XliffNamespaces.Core12}\">{markup}</target>";
        var bytes = Encoding.UTF8.GetBytes(wrapped);
        using var stream = new MemoryStream(bytes, writable: false);
        var (document, failure) = SecureXmlLoader.LoadDocument(stream, bytes.Length, MaxDepth);
        return failure is null
            ? (document!.Root, null)
            : (null, ExchangeNote.Keyed(MachineMessages.Unreadable, ("unit", unitId), ("detail", failure.Note.English)));
    }

    private static void Append(StringBuilder markup, IReadOnlyList<InlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is InlineText text)
            {
                Escaped(markup, text.Text);
                continue;
            }

            var placed = (PlacedCode)node;
            var id = placed.Code.Id.ToString(CultureInfo.InvariantCulture);
            if (!placed.Code.IsPaired)
            {
                markup.Append("<x id=\"").Append(id).Append("\"/>");
                continue;
            }

            markup.Append("<g id=\"").Append(id).Append("\">");
            Append(markup, placed.Children);
            markup.Append("</g>");
        }
    }

    private static StringBuilder Escaped(StringBuilder markup, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => markup.Append("&amp;"),
                '<' => markup.Append("&lt;"),
                '>' => markup.Append("&gt;"),
                _ => markup.Append(c),
            };
        }

        return markup;
    }
}
