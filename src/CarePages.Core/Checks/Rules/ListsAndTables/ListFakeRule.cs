using System.Globalization;
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
public sealed class ListFakeRule : IMarkupRule
{
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
        var lines = new ParagraphLines();
        foreach (var paragraph in context.Index.InOrder)
        {
            if (paragraph.LocalName != "p" || InsideList(paragraph, context.Root))
            {
                continue;
            }

            var (lineCount, longestRun) = lines.Read(paragraph);
            var count = longestRun >= 2 ? longestRun : (lineCount, longestRun) is (1, 1) ? RunFrom(paragraph, context.Index, lines) : 0;

            if (count >= minItems && !Visibility.IsHidden(paragraph))
            {
                findings.Report(paragraph, arguments: new Dictionary<string, string> { ["count"] = count.ToString(CultureInfo.InvariantCulture) });
            }
        }
    }

    // The number of marked single-line paragraphs in a row starting at this marked one; 0 unless it starts the run.
    private static int RunFrom(IElement paragraph, ElementIndex index, ParagraphLines lines)
    {
        if (index.PreviousElementSibling(paragraph) is { } previous && lines.IsMarkedParagraph(previous))
        {
            return 0;
        }

        var count = 1;
        for (var next = index.NextElementSibling(paragraph); next is not null && lines.IsMarkedParagraph(next); next = index.NextElementSibling(next))
        {
            count++;
        }

        return count;
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
}
