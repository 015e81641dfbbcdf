using CarePages.Core.Translation.Messages;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Refuses, in one linear pass before Markdig sees it, Markdown that Markdig would take long over: lines opening more
/// quotes and list items inside each other than the nesting limit (Markdig reaches its own limit only after seconds),
/// lines indented deeper than any nesting within the limit needs, and paragraphs with so many link, code or emphasis
/// markers that Markdig's search for their partners grows with the square of their number (50,000 <c>[a](</c> took 40 s).
/// </summary>
internal static class MarkdownShapeScan
{
    /// <summary>Most link, code span or emphasis markers of one kind in one paragraph (or list or table without blank lines): 500 (a paragraph has a handful).</summary>
    public const int MaxMarkersPerParagraph = 500;

    private const string Markers = "[`*_";

    /// <summary>Why <paramref name="markdown"/> is refused, or null when Markdig may convert it.</summary>
    public static ExchangeNote? Refusal(string markdown, int maxNestingDepth)
    {
        Span<int> counts = stackalloc int[Markers.Length];
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range);
            if (line.IsWhiteSpace())
            {
                counts.Clear();
                continue;
            }

            var (containers, indent) = LeadingContainers(line, maxNestingDepth);
            if (containers > maxNestingDepth)
            {
                return ExchangeNote.Keyed(ConversionMessages.ContainersTooDeep, ("limit", maxNestingDepth));
            }

            if (indent > maxNestingDepth * 4)
            {
                return ExchangeNote.Keyed(ConversionMessages.IndentTooDeep, ("indent", maxNestingDepth * 4), ("limit", maxNestingDepth));
            }

            foreach (var c in line)
            {
                var marker = Markers.IndexOf(c, StringComparison.Ordinal);
                if (marker >= 0 && ++counts[marker] > MaxMarkersPerParagraph)
                {
                    return ExchangeNote.Keyed(ConversionMessages.TooManyMarkers, ("limit", MaxMarkersPerParagraph), ("marker", c.ToString()));
                }
            }
        }

        return null;
    }

    // How many quote and list markers open the line (stopping past the limit), and the widest run of indentation among them.
    private static (int Containers, int Indent) LeadingContainers(ReadOnlySpan<char> line, int limit)
    {
        int containers = 0, indent = 0, i = 0;
        while (i < line.Length && containers <= limit)
        {
            var start = i;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            indent = Math.Max(indent, i - start);
            var markerEnd = MarkerEnd(line, i);
            if (markerEnd < 0)
            {
                break;
            }

            containers++;
            i = markerEnd;
        }

        return (containers, indent);
    }

    // The index after a quote marker, or a list marker followed by a space; -1 when none starts at i.
    private static int MarkerEnd(ReadOnlySpan<char> line, int i)
    {
        if (i >= line.Length)
        {
            return -1;
        }

        if (line[i] == '>')
        {
            return i + 1;
        }

        var end = i;
        if (line[i] is '-' or '*' or '+')
        {
            end = i + 1;
        }
        else
        {
            while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end]))
            {
                end++;
            }

            end = end > i && end < line.Length && line[end] is '.' or ')' ? end + 1 : -1;
        }

        return end > 0 && end < line.Length && line[end] is ' ' or '\t' ? end : -1;
    }
}
