using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Reduces a parsed rich-text fragment, in place, to the editor's subset in one canonical shape: elements outside
/// the subset unwrapped to their text (or removed with their content when they never carry text), unsafe URLs and
/// other attributes removed, <c>b</c>/<c>i</c> renamed, loose text wrapped in paragraphs, a lone paragraph in a
/// list item or cell unwrapped, and a table's header row in <c>thead</c>. Everything it changes beyond the shape is
/// reported.
/// </summary>
internal sealed class RichTextCleaner
{
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal) { "body", "blockquote", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "hr",
    };

    private readonly List<ConversionWarning> warnings = [];

    /// <summary>True for elements that are blocks in the subset.</summary>
    public static bool IsBlock(INode node) => node is IElement element && Blocks.Contains(element.LocalName);

    /// <summary>Parses <paramref name="html"/> and cleans it; the body holds the cleaned fragment.</summary>
    public static (IElement Body, IReadOnlyList<ConversionWarning> Warnings) Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = HtmlInput.ParseFragment(html).Body!;
        var cleaner = new RichTextCleaner();
        if (DeepNesting.Flatten(body, MarkdownToHtml.MaxNestingDepth, e => RichTextSubset.Dropped.Contains(e.LocalName)))
        {
            cleaner.warnings.Add(new ConversionWarning("html", $"Elements nested more than {MarkdownToHtml.MaxNestingDepth} deep were unwrapped to their text: no page needs such nesting."));
        }

        cleaner.CleanChildren(body);
        return (body, cleaner.warnings);
    }

    private void CleanChildren(IElement parent)
    {
        foreach (var child in parent.ChildNodes.ToArray())
        {
            switch (child)
            {
                case IText text when HtmlWhiteSpace.IsBlank(text.Data) && Containers.Contains(parent.LocalName):
                case IComment:
                    child.RemoveFromParent();
                    break;
                case IElement element:
                    CleanElement(parent, element);
                    break;
                case IText:
                    break;
                default:
                    child.RemoveFromParent();
                    break;
            }
        }

        if (parent.LocalName is "body" or "blockquote")
        {
            WrapLooseInlineContent(parent);
        }
        else if (parent.LocalName is "li" or "td" or "th")
        {
            UnwrapLoneParagraph(parent);
        }
        else if (parent.LocalName == "table")
        {
            new TableShape(parent, warnings).Restructure();
        }
    }

    private void CleanElement(IElement parent, IElement element)
    {
        var name = element.LocalName;
        if (RichTextSubset.Dropped.Contains(name))
        {
            warnings.Add(new ConversionWarning(name, $"The <{name}> element was removed with its content: it is not allowed in rich text."));
            element.RemoveFromParent();
            return;
        }

        if (RichTextSubset.Presentational.Contains(name))
        {
            element.RemoveFromParent();
            return;
        }

        var canonical = RichTextSubset.Canonical(name);
        if (canonical is null)
        {
            warnings.Add(new ConversionWarning(name, $"The <{name}> element is outside the editor's rich-text subset: its text was kept without it."));
            CleanChildren(element);
            Unwrap(element);
            return;
        }

        var kept = canonical == name ? element : Rename(element, canonical);
        if (kept != element)
        {
            parent.ReplaceChild(kept, element);
        }

        FilterAttributes(kept);
        CleanChildren(kept);
        if (canonical is "strong" or "em" or "a")
        {
            MoveEdgeSpaceOutside(kept);
        }
    }

    /// <summary>White space at the edges of emphasis or a link reads the same outside it, and Markdown can only write it there.</summary>
    private static void MoveEdgeSpaceOutside(IElement element)
    {
        if (element.FirstChild is IText first && first.Data.Length > 0 && HtmlWhiteSpace.IsSpace(first.Data[0]))
        {
            first.Data = first.Data.TrimStart(' ', '\t', '\n', '\r', '\f');
            element.Parent!.InsertBefore(element.Owner!.CreateTextNode(" "), element);
        }

        if (element.LastChild is IText last && last.Data.Length > 0 && HtmlWhiteSpace.IsSpace(last.Data[^1]))
        {
            last.Data = last.Data.TrimEnd(' ', '\t', '\n', '\r', '\f');
            element.Parent!.InsertBefore(element.Owner!.CreateTextNode(" "), element.NextSibling);
        }
    }

    private static IElement Rename(IElement element, string name)
    {
        var renamed = element.Owner!.CreateElement(name);
        // Only the attributes the subset keeps: the parser accepts names (a"b) that SetAttribute refuses with an exception.
        foreach (var attribute in element.Attributes.Where(a => RichTextSubset.AttributesOf(name).Contains(a.Name)))
        {
            renamed.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            renamed.AppendChild(child);
        }

        return renamed;
    }

    private void FilterAttributes(IElement element)
    {
        var allowed = RichTextSubset.AttributesOf(element.LocalName);
        foreach (var attribute in element.Attributes.ToArray())
        {
            var keep = allowed.Contains(attribute.Name);
            if (keep && attribute.Name is "href" or "src" && !RichTextSubset.IsSafeUrl(attribute.Value))
            {
                warnings.Add(new ConversionWarning($"{element.LocalName}[{attribute.Name}]", $"The address \"{attribute.Value}\" was removed: only web, mail and phone addresses are allowed."));
                keep = false;
            }

            if (!keep || (attribute.Name == "start" && attribute.Value.Trim() == "1"))
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (attribute.Name is "href" or "src")
            {
                // Markdown writes a space in an address as %20, as browsers do.
                element.SetAttribute(attribute.Name, attribute.Value.Trim().Replace(" ", "%20", StringComparison.Ordinal));
            }
        }
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        parent.RemoveChild(element);
    }

    private static void WrapLooseInlineContent(IElement parent)
    {
        var run = new List<INode>();
        foreach (var child in parent.ChildNodes.ToArray().Append(null))
        {
            if (child is not null && !IsBlock(child))
            {
                run.Add(child);
                continue;
            }

            if (run.Count > 0)
            {
                WrapRun(parent, run);
                run.Clear();
            }
        }
    }

    private static void WrapRun(IElement parent, List<INode> run)
    {
        if (run.All(n => n is IText t && HtmlWhiteSpace.IsBlank(t.Data)))
        {
            run.ForEach(n => n.RemoveFromParent());
            return;
        }

        var paragraph = parent.Owner!.CreateElement("p");
        parent.InsertBefore(paragraph, run[0]);
        run.ForEach(n => paragraph.AppendChild(n));
    }

    private static void UnwrapLoneParagraph(IElement parent)
    {
        var paragraphs = parent.Children.Where(c => c.LocalName == "p").ToArray();
        var inlineOutside = parent.ChildNodes.Any(n => n is IText t ? !HtmlWhiteSpace.IsBlank(t.Data) : n is IElement e && !IsBlock(e));
        if (paragraphs.Length == 1 && !inlineOutside)
        {
            Unwrap(paragraphs[0]);
        }
    }
}
