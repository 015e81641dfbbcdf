using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// Text typed to look like a list: at least <c>minItems</c> consecutive paragraphs, or lines of one paragraph separated by
/// <c>br</c>, that start with a bullet (<c>-</c> <c>•</c> <c>*</c> <c>–</c> <c>—</c> <c>·</c> <c>▪</c> <c>◦</c> <c>‣</c> <c>●</c>
/// <c>○</c> <c>■</c> <c>►</c> <c>✓</c> <c>✔</c> <c>→</c>) or a number or letter marker (<c>1.</c> <c>1)</c> <c>1-</c> <c>(1)</c>
/// <c>a)</c> <c>(a)</c>, in any script's digits and letters) followed by a space. Screen readers then do not say it is a list or
/// how many items it has. Paragraphs already inside list items are left alone. One finding per run, at its first paragraph.
/// </summary>
public sealed partial class ListFakeRule : IMarkupRule
{
    // Only the start of a paragraph or line decides whether it is an item.
    private const int MarkerProbeLength = 24;

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "list-fake",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.1"],
        Parameters = [new CheckParameter("minItems", "2", "How many marked paragraphs or lines in a row make a typed list.")],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var minItems = Math.Max(2, findings.Parameters.GetInt("minItems"));
        foreach (var paragraph in context.Index.Elements)
        {
            if (paragraph.LocalName != "p" || InsideList(paragraph, context.Root))
            {
                continue;
            }

            var lines = LongestMarkedRun(Lines(paragraph));
            var count = lines >= 2 ? lines : RunFrom(paragraph, context.Index);
            if (count >= minItems && !Visibility.IsHidden(paragraph))
            {
                findings.Report(paragraph, arguments: new Dictionary<string, string> { ["count"] = count.ToString(CultureInfo.InvariantCulture) });
            }
        }
    }

    // The number of marked single-line paragraphs in a row starting at this one; 0 unless it starts the run.
    private static int RunFrom(IElement paragraph, ElementIndex index)
    {
        if (!IsMarkedParagraph(paragraph) || (index.PreviousElementSibling(paragraph) is { } previous && IsMarkedParagraph(previous)))
        {
            return 0;
        }

        var count = 1;
        for (var next = index.NextElementSibling(paragraph); next is not null && IsMarkedParagraph(next); next = index.NextElementSibling(next))
        {
            count++;
        }

        return count;
    }

    private static bool IsMarkedParagraph(IElement element) =>
        element.LocalName == "p" && Lines(element) is [var line] && Marker().IsMatch(line);

    private static int LongestMarkedRun(List<string> lines)
    {
        int longest = 0, current = 0;
        foreach (var line in lines)
        {
            current = Marker().IsMatch(line) ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    // The start of each non-blank line of the paragraph, lines being separated by br elements at any depth.
    private static List<string> Lines(IElement paragraph)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(paragraph);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (line.Length < MarkerProbeLength)
                {
                    line.Append(text.Data.AsSpan(0, Math.Min(text.Data.Length, MarkerProbeLength)));
                }

                continue;
            }

            if (node is IElement { LocalName: "br" })
            {
                AddLine(lines, line);
                continue;
            }

            foreach (var child in ChildrenOf.LastFirst(node))
            {
                stack.Push(child);
            }
        }

        AddLine(lines, line);
        return lines;
    }

    private static void AddLine(List<string> lines, StringBuilder line)
    {
        var text = line.ToString().Trim();
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        line.Clear();
    }

    private static bool InsideList(IElement paragraph, IElement root)
    {
        for (var ancestor = paragraph.ParentElement; ancestor is not null && ancestor != root; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "li" or "dd" or "dt" or "pre")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:[-–—•·*▪◦‣●○■►✓✔→]|\(?\d{1,3}\)|\d{1,3}[.\-]|\(?\p{L}\))[\s\u00A0]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
