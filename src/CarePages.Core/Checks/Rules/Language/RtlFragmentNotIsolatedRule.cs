using System.Text;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// On a right-to-left page, left-to-right runs inside right-to-left text (phone numbers such as <c>+44 20 7946 0123</c>, Latin drug
/// names, doses such as <c>25 mg</c>, codes such as <c>20049000</c>) must be isolated, or the bidirectional algorithm can reorder
/// their parts: a phone number's groups come out backwards, a dose reads <c>mg 25</c>. A run counts as isolated inside a
/// <c>bdi</c>, an element with a <c>dir</c> attribute of <c>ltr</c> or <c>auto</c>, or between Unicode isolate characters
/// (U+2066–U+2068 … U+2069). Each block (paragraph, heading, list item, cell …) is read as the bidirectional algorithm reads it,
/// and only blocks whose direction is right to left (their own or an ancestor's <c>dir</c>, else the page's) and that hold
/// right-to-left letters outside isolates are checked, so a Latin block marked <c>dir="ltr"</c> is fine. A number standing alone
/// (<c>2026</c>, <c>14/09/2026</c>) keeps its digit order and is only reported when <c>plainNumbers</c> is true. One finding per
/// block, naming its first runs.
/// </summary>
public sealed class RtlFragmentNotIsolatedRule : IMarkupRule
{
    private const int RunsNamed = 3;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "legend", "li", "main", "nav", "ol", "option", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "rtl-fragment-not-isolated",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.2"],
        Parameters =
        [
            new CheckParameter(
                "plainNumbers",
                "false",
                "Also report numbers standing alone (such as 2026 or 20049000), which keep their digit order in right-to-left text; true or false."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Page;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        if (!context.IsRightToLeft)
        {
            return;
        }

        var plainNumbers = bool.TryParse(findings.Parameters.GetString("plainNumbers"), out var all) && all;
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        foreach (var block in context.Index.InOrder)
        {
            if (!Blocks.Contains(block.LocalName) || Rendered.IsNot(block))
            {
                continue;
            }

            // Most blocks are all one direction: only mixed ones are turned into a string and looked at closely.
            text.Clear();
            if (!AppendInlineText(block, text, stack))
            {
                continue;
            }

            var content = text.ToString();
            if (!IsRightToLeft(block, content, context.IsRightToLeft))
            {
                continue;
            }

            var runs = BidiText.LeftToRightRuns(content).Where(r => plainNumbers || BidiText.IsMoreThanANumber(r)).Distinct(StringComparer.Ordinal).ToList();
            if (runs.Count > 0 && !Rendered.IsNotWithin(block))
            {
                findings.Report(block, arguments: new Dictionary<string, string> { ["text"] = string.Join(" · ", runs.Take(RunsNamed)) });
            }
        }
    }

    // The block's own text as the bidirectional algorithm sees it: nested blocks, isolated elements and isolated text become opaque.
    // True when, outside isolates, it mixes right-to-left letters with left-to-right letters or digits.
    private static bool AppendInlineText(IElement block, StringBuilder text, Stack<INode> stack)
    {
        var rightToLeft = false;
        var leftToRight = false;
        var isolates = 0;
        foreach (var child in ChildrenOf.LastFirst(block))
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText data)
            {
                foreach (var c in data.Data)
                {
                    isolates += BidiText.OpensIsolate(c) ? 1 : BidiText.ClosesIsolate(c) && isolates > 0 ? -1 : 0;
                    var opaque = isolates > 0 || BidiText.ClosesIsolate(c);
                    rightToLeft |= !opaque && BidiText.IsRightToLeft(c);
                    leftToRight |= !opaque && BidiText.IsLeftToRight(c);
                    text.Append(opaque ? BidiText.Opaque : c);
                }

                continue;
            }

            if (node is not IElement element || Rendered.IsNot(element))
            {
                continue;
            }

            if (Blocks.Contains(element.LocalName) || IsIsolated(element) || element.LocalName is "br" or "img" or "svg" or "iframe" or "input" or "select" or "textarea")
            {
                text.Append(BidiText.Opaque);
                continue;
            }

            foreach (var child in ChildrenOf.LastFirst(element))
            {
                stack.Push(child);
            }
        }

        return rightToLeft && leftToRight;
    }

    private static bool IsIsolated(IElement element) =>
        element.LocalName == "bdi" || Direction(element) is "ltr" or "auto";

    // The dir attribute, trimmed and lower case when it is one of the three keywords; null otherwise.
    private static string? Direction(IElement element) => element.GetAttribute("dir")?.Trim() switch
    {
        null => null,
        var dir when dir.Equals("rtl", StringComparison.OrdinalIgnoreCase) => "rtl",
        var dir when dir.Equals("ltr", StringComparison.OrdinalIgnoreCase) => "ltr",
        var dir when dir.Equals("auto", StringComparison.OrdinalIgnoreCase) => "auto",
        _ => null,
    };

    // The block's base direction: the nearest dir attribute (auto: its first strong character), else the page's.
    private static bool IsRightToLeft(IElement block, string content, bool pageIsRightToLeft)
    {
        for (var current = block; current is not null; current = current.ParentElement)
        {
            switch (Direction(current))
            {
                case "rtl":
                    return true;
                case "ltr":
                    return false;
                case "auto":
                    return current == block ? BidiText.FirstStrongIsRightToLeft(content) ?? pageIsRightToLeft : pageIsRightToLeft;
            }
        }

        return pageIsRightToLeft;
    }
}
