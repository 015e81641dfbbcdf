using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.RichText;

/// <summary>
/// The one sanitiser of imported rich text (Markdown and XLIFF alike): reduces a parsed fragment to the editor's
/// subset (<see cref="RichTextSubset"/>): elements outside it unwrapped to their text (or removed with their content
/// when they never carry text), unsafe URLs and every attribute outside it removed, <c>b</c>/<c>i</c> renamed, each
/// removal reported. <see cref="Parse"/> also gives the Markdown exchange's canonical shape: loose text wrapped in
/// paragraphs, a lone paragraph in a list item or cell unwrapped, and a table's header row in <c>thead</c>.
/// </summary>
/// <remarks>
/// The cleaned fragment is built as a new tree, each element's children gathered in a list and shaped there before
/// they are appended, and the parsed tree is only read. AngleSharp finds a child's position by searching its parent's
/// child list on every insertion and removal, so reshaping a fragment in place took time quadratic in the number of
/// siblings (64,000 Markdown paragraphs: 24 s); appending is constant time.
/// </remarks>
internal sealed class RichTextCleaner
{
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal) { "body", "blockquote", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "hr",
    };

    private readonly List<ConversionWarning> warnings = [];
    private readonly IDocument owner;
    private readonly bool shape;

    private RichTextCleaner(IDocument owner, bool shape)
    {
        this.owner = owner;
        this.shape = shape;
    }

    /// <summary>True for elements that are blocks in the subset.</summary>
    public static bool IsBlock(INode node) => node is IElement element && Blocks.Contains(element.LocalName);

    /// <summary>Parses <paramref name="html"/> and cleans it; the returned body holds the cleaned fragment.</summary>
    public static (IElement Body, IReadOnlyList<ConversionWarning> Warnings) Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlInput.ParseFragment(html);
        var cleaner = new RichTextCleaner(document, shape: true);
        if (DeepNesting.Flatten(document.Body!, MarkdownToHtml.MaxNestingDepth, e => RichTextSubset.Dropped.Contains(e.LocalName)))
        {
            cleaner.warnings.Add(new ConversionWarning("html", ExchangeNote.Keyed(ConversionMessages.NestingUnwrapped, ("limit", MarkdownToHtml.MaxNestingDepth))));
        }

        var body = document.CreateElement("body");
        Fill(body, cleaner.CleanChildren(document.Body!, "body"));
        return (body, cleaner.warnings);
    }

    /// <summary>
    /// A sanitised copy of <paramref name="root"/>'s children, in the shape they had (the XLIFF import's rebuilt
    /// HTML): the subset only, with what was removed. The walk recurses, so <paramref name="root"/> must already be
    /// bounded in depth (the XLIFF import's HTML was, by <see cref="DeepNesting"/> when the source was split).
    /// </summary>
    public static (IElement Body, IReadOnlyList<ConversionWarning> Warnings) Sanitise(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var cleaner = new RichTextCleaner(root.Owner!, shape: false);
        var body = cleaner.owner.CreateElement("body");
        Fill(body, cleaner.CleanChildren(root, "body"));
        return (body, cleaner.warnings);
    }

    // The cleaned copies of source's children, shaped for a parent named containerName.
    private List<INode> CleanChildren(INode source, string containerName)
    {
        var output = new List<INode>();
        foreach (var child in source.ChildNodes)
        {
            switch (child)
            {
                case IText text when shape && HtmlWhiteSpace.IsBlank(text.Data) && Containers.Contains(containerName):
                case IComment:
                    break;
                case IElement element:
                    CleanElement(element, output);
                    break;
                case IText text:
                    output.Add(owner.CreateTextNode(text.Data));
                    break;
            }
        }

        if (!shape)
        {
            return output;
        }

        return containerName switch
        {
            "body" or "blockquote" => WrapLooseInlineContent(output),
            "li" or "td" or "th" => UnwrapLoneParagraph(output),
            _ => output,
        };
    }

    private void CleanElement(IElement element, List<INode> output)
    {
        var name = element.LocalName;
        if (RichTextSubset.Dropped.Contains(name))
        {
            warnings.Add(new ConversionWarning(name, ExchangeNote.Keyed(ConversionMessages.ElementRemoved, ("element", name))));
            return;
        }

        if (RichTextSubset.Presentational.Contains(name))
        {
            return;
        }

        var canonical = RichTextSubset.Canonical(name);
        if (canonical is null)
        {
            warnings.Add(new ConversionWarning(name, ExchangeNote.Keyed(ConversionMessages.ElementOutsideSubset, ("element", name))));
            output.AddRange(CleanChildren(element, name));
            return;
        }

        var kept = owner.CreateElement(canonical);
        FilterAttributes(element, kept);
        var children = CleanChildren(element, canonical);
        var (spaceBefore, spaceAfter) = shape && canonical is "strong" or "em" or "a" ? MoveEdgeSpaceOutside(children) : (false, false);
        Fill(kept, children);
        if (shape && canonical == "table")
        {
            new TableShape(kept, warnings).Restructure();
        }

        AddSpaceIf(spaceBefore, output);
        output.Add(kept);
        AddSpaceIf(spaceAfter, output);
    }

    /// <summary>White space at the edges of emphasis or a link reads the same outside it, and Markdown can only write it there.</summary>
    private static (bool Before, bool After) MoveEdgeSpaceOutside(List<INode> children)
    {
        var before = false;
        var after = false;
        if (children.Count > 0 && children[0] is IText first && first.Data.Length > 0 && HtmlWhiteSpace.IsSpace(first.Data[0]))
        {
            first.Data = first.Data.TrimStart(' ', '\t', '\n', '\r', '\f');
            before = true;
        }

        if (children.Count > 0 && children[^1] is IText last && last.Data.Length > 0 && HtmlWhiteSpace.IsSpace(last.Data[^1]))
        {
            last.Data = last.Data.TrimEnd(' ', '\t', '\n', '\r', '\f');
            after = true;
        }

        return (before, after);
    }

    private void AddSpaceIf(bool condition, List<INode> output)
    {
        if (condition)
        {
            output.Add(owner.CreateTextNode(" "));
        }
    }

    // Copies the attributes of source that kept may carry, reporting the others.
    private void FilterAttributes(IElement source, IElement kept)
    {
        var allowed = RichTextSubset.AttributesOf(kept.LocalName);
        foreach (var attribute in source.Attributes)
        {
            var where = $"{kept.LocalName}[{attribute.Name}]";
            if (!allowed.Contains(attribute.Name))
            {
                warnings.Add(new ConversionWarning(where, ExchangeNote.Keyed(ConversionMessages.AttributeRemoved, ("attribute", attribute.Name), ("element", kept.LocalName))));
                continue;
            }

            if (attribute.Name is "href" or "src" && !RichTextSubset.IsSafeUrl(attribute.Value))
            {
                warnings.Add(new ConversionWarning(where, ExchangeNote.Keyed(ConversionMessages.AddressRemoved, ("address", attribute.Value))));
                continue;
            }

            if (!shape)
            {
                kept.SetAttribute(attribute.Name, attribute.Value);
                continue;
            }

            if (attribute.Name == "start" && attribute.Value.Trim() == "1")
            {
                continue;
            }

            // Markdown writes a space in an address as %20, as browsers do.
            kept.SetAttribute(attribute.Name, attribute.Name is "href" or "src" ? attribute.Value.Trim().Replace(" ", "%20", StringComparison.Ordinal) : attribute.Value);
        }
    }

    private static void Fill(IElement parent, List<INode> children)
    {
        foreach (var child in children)
        {
            parent.AppendChild(child);
        }
    }

    private List<INode> WrapLooseInlineContent(List<INode> children)
    {
        var output = new List<INode>();
        var run = new List<INode>();
        foreach (var child in children.Append(null))
        {
            if (child is not null && !IsBlock(child))
            {
                run.Add(child);
                continue;
            }

            if (run.Count > 0 && !run.All(n => n is IText t && HtmlWhiteSpace.IsBlank(t.Data)))
            {
                var paragraph = owner.CreateElement("p");
                Fill(paragraph, run);
                output.Add(paragraph);
            }

            run.Clear();
            if (child is not null)
            {
                output.Add(child);
            }
        }

        return output;
    }

    private static List<INode> UnwrapLoneParagraph(List<INode> children)
    {
        var paragraphs = children.OfType<IElement>().Where(c => c.LocalName == "p").Take(2).ToArray();
        var inlineOutside = children.Any(n => n is IText t ? !HtmlWhiteSpace.IsBlank(t.Data) : n is IElement e && !IsBlock(e));
        if (paragraphs.Length != 1 || inlineOutside)
        {
            return children;
        }

        // Copies, since taking each child out of the paragraph would search its child list each time.
        var output = new List<INode>(children.Count);
        foreach (var child in children)
        {
            if (child == paragraphs[0])
            {
                output.AddRange(paragraphs[0].ChildNodes.Select(c => c.Clone(deep: true)));
            }
            else
            {
                output.Add(child);
            }
        }

        return output;
    }
}
