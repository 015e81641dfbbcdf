using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// The lines of a paragraph (separated by <c>br</c> elements at any depth) that start with a list marker (see
/// <see cref="ListFakeRule"/>), for that rule. Only the start of a line decides, so only that is read; the buffers are
/// kept from one paragraph to the next, as the rule reads every paragraph of the page.
/// </summary>
internal sealed partial class ParagraphLines
{
    // Only the start of a paragraph or line decides whether it is an item.
    private const int MarkerProbeLength = 24;

    private readonly char[] _line = new char[2 * MarkerProbeLength];
    private readonly Stack<INode> _stack = new();
    private int _length;
    private int _lines;
    private int _run;
    private int _longestRun;

    /// <summary>True when <paramref name="element"/> is a paragraph of one non-blank line, and that line is marked.</summary>
    public bool IsMarkedParagraph(IElement element) => element.LocalName == "p" && Read(element) is (1, 1);

    /// <summary>The non-blank lines of <paramref name="paragraph"/> and the most marked ones in a row.</summary>
    public (int Lines, int LongestMarkedRun) Read(IElement paragraph)
    {
        _length = _lines = _run = _longestRun = 0;
        _stack.Push(paragraph);
        while (_stack.Count > 0)
        {
            var node = _stack.Pop();
            if (node is IText text)
            {
                if (_length < MarkerProbeLength)
                {
                    var start = text.Data.AsSpan(0, Math.Min(text.Data.Length, MarkerProbeLength));
                    start.CopyTo(_line.AsSpan(_length));
                    _length += start.Length;
                }

                continue;
            }

            if (node is IElement { LocalName: "br" })
            {
                EndLine();
                continue;
            }

            foreach (var child in ChildrenOf.LastFirst(node))
            {
                _stack.Push(child);
            }
        }

        EndLine();
        return (_lines, _longestRun);
    }

    private void EndLine()
    {
        var line = _line.AsSpan(0, _length).Trim();
        _length = 0;
        if (line.IsEmpty)
        {
            return;
        }

        _lines++;
        _run = Marker().IsMatch(line) ? _run + 1 : 0;
        _longestRun = Math.Max(_longestRun, _run);
    }

    [GeneratedRegex(@"^(?:[-–—•·*▪◦‣●○■►✓✔→]|\(?\d{1,3}\)|\d{1,3}[.\-]|\(?\p{L}\))[\s\u00A0]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
