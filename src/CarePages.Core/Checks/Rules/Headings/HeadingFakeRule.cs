using System.Globalization;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>
/// A paragraph that only looks like a heading: short (<c>minLength</c>–<c>maxLength</c> characters), all its text bold
/// (<c>strong</c>, <c>b</c>, or an inline <c>font-weight</c> of bold or 600 and above), not ending like a sentence or a lead-in
/// (any character of <c>endings</c>, after closing quotes and brackets), and followed by more content that is not itself all bold.
/// Screen-reader users cannot jump to it. Paragraphs inside list items, table cells, quotes and captions, and bold links (calls to
/// action), are left alone.
/// </summary>
public sealed class HeadingFakeRule : IMarkupRule
{
    private const string TrailingClosers = "\"'’”»›)]}*";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "heading-fake",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.1"],
        Parameters =
        [
            new CheckParameter("minLength", "6", "Shortest text, in characters, that can look like a heading."),
            new CheckParameter("maxLength", "120", "Longest text, in characters, that can look like a heading."),
            new CheckParameter(
                "endings",
                ".!?…:;,。！？؟۔।،",
                "Characters (no separator) that end a sentence or a lead-in in any of the content languages; a bold paragraph ending with one is not a heading."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var minLength = findings.Parameters.GetInt("minLength");
        var maxLength = findings.Parameters.GetInt("maxLength");
        var endings = findings.Parameters.GetString("endings");
        var walk = new Stack<(INode Node, bool Bold)>();
        foreach (var paragraph in context.Index.InOrder)
        {
            if (paragraph.LocalName != "p" || !IsAllBold(paragraph, walk))
            {
                continue;
            }

            var text = HtmlText.Of(paragraph, maxLength + 1);
            if (text.Length < minLength || text.Length > maxLength || EndsLikeSentence(text, endings) || !text.Any(char.IsLetter))
            {
                continue;
            }

            if (FollowedByContent(paragraph, context.Index, walk) && !InsideContainer(paragraph, context.Root) && !Visibility.IsHidden(paragraph))
            {
                findings.Report(paragraph, arguments: new Dictionary<string, string> { ["text"] = text });
            }
        }
    }

    // True when the paragraph has text and every non-blank text node in it is bold; a link inside makes it a call to action instead.
    // The stack is the caller's, reused from one paragraph to the next: every paragraph of the page is walked.
    private static bool IsAllBold(IElement paragraph, Stack<(INode Node, bool Bold)> stack)
    {
        var hasText = false;
        stack.Clear();
        stack.Push((paragraph, Weight(paragraph) ?? false));
        while (stack.Count > 0)
        {
            var (node, bold) = stack.Pop();
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    if (!bold)
                    {
                        return false;
                    }

                    hasText = true;
                }

                continue;
            }

            if (node is not IElement element || Visibility.HidesItself(element))
            {
                continue;
            }

            if (element.LocalName is "a" or "button")
            {
                return false;
            }

            foreach (var child in ChildrenOf.LastFirst(element))
            {
                stack.Push((child, child is IElement e ? Weight(e) ?? bold : bold));
            }
        }

        return hasText;
    }

    // True for bold, false for an explicit normal weight, null when the element does not change the weight.
    private static bool? Weight(IElement element)
    {
        if (ElementAttributes.ValueOf(element, "style") is { } style && InlineStyle.Parse(style)["font-weight"] is { } weight)
        {
            return weight.ToLowerInvariant() switch
            {
                "bold" or "bolder" => true,
                "normal" or "lighter" => false,
                _ when int.TryParse(weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number >= 600,
                _ => null,
            };
        }

        return element.LocalName is "strong" or "b" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? true : null;
    }

    private static bool EndsLikeSentence(string text, string endings)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd(TrailingClosers).TrimEnd();
        return end.Length == 0 || endings.Contains(end[^1], StringComparison.Ordinal);
    }

    // The next element in the same container must hold something to read, and must not be another all-bold paragraph
    // (a run of bold paragraphs is emphasis, such as a warning, rather than a heading).
    private static bool FollowedByContent(IElement paragraph, ElementIndex index, Stack<(INode Node, bool Bold)> walk)
    {
        var next = index.NextElementSibling(paragraph);
        while (next is not null && (next.LocalName == "br" || Visibility.HidesItself(next)))
        {
            next = index.NextElementSibling(next);
        }

        if (next is null || Roles.HeadingLevel(next) > 0)
        {
            return false;
        }

        return next.LocalName is "ul" or "ol" or "dl" or "table" or "figure" or "img"
            || (HtmlText.Of(next, 1).Length > 0 && !(next.LocalName == "p" && IsAllBold(next, walk)));
    }

    private static bool InsideContainer(IElement paragraph, IElement root)
    {
        for (var ancestor = paragraph.ParentElement; ancestor is not null && ancestor != root; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "li" or "td" or "th" or "caption" or "figcaption" or "blockquote" or "dd" or "dt" or "label" or "summary" or "header" or "footer" or "nav")
            {
                return true;
            }
        }

        return false;
    }
}
