using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.RichText;

namespace CarePages.Core.Xliff;

/// <summary>
/// A rich-text value split into blocks: the parsed HTML (the skeleton), its text runs and translatable attributes.
/// Splitting the same HTML always gives the same runs, codes and ids, so import can rebuild from the source. Elements
/// nested deeper than any page needs are unwrapped first (<see cref="DeepNesting"/>), the same way on export and import.
/// </summary>
internal sealed class SegmentedHtml
{
    private readonly List<TextRun> runs = [];
    private readonly List<TranslatableAttribute> attributes = [];
    private readonly string fieldPath;

    private SegmentedHtml(string html, string fieldPath)
    {
        this.fieldPath = fieldPath;
        Document = HtmlInput.ParseFragment(html);
        DeepNesting.Flatten(Document.Body!, MarkdownToHtml.MaxNestingDepth, e => RichTextSubset.Dropped.Contains(e.LocalName));
        Split(Document.Body!);
    }

    /// <summary>The parsed HTML; runs point into it.</summary>
    public IDocument Document { get; }

    /// <summary>Every block holding translatable text or attributes, in document order.</summary>
    public IReadOnlyList<TextRun> Runs => runs;

    /// <summary>Every translatable attribute of the runs' codes.</summary>
    public IReadOnlyList<TranslatableAttribute> Attributes => attributes;

    /// <summary>Splits <paramref name="html"/>, the value of the field at <paramref name="fieldPath"/>.</summary>
    public static SegmentedHtml Split(string html, string fieldPath) => new(html, fieldPath);

    /// <summary>The HTML as it stands now.</summary>
    public string Html => Document.Body!.InnerHtml;

    private void Split(INode container)
    {
        var pending = new List<INode>();
        foreach (var child in container.ChildNodes.ToArray())
        {
            if (child is IElement element && StartsBlock(element))
            {
                Close(container, pending);
                if (!HtmlElementRoles.IsOpaque(element.LocalName))
                {
                    Split(element);
                }
            }
            else
            {
                pending.Add(child);
            }
        }

        Close(container, pending);
    }

    private static bool StartsBlock(IElement element) =>
        HtmlElementRoles.IsBlock(element.LocalName)
        || (HtmlElementRoles.IsPaired(element.LocalName) && element.Descendants<IElement>().Any(e => HtmlElementRoles.IsBlock(e.LocalName)));

    private void Close(INode container, List<INode> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var index = runs.Count + 1;
        var run = new TextRun(index, $"{fieldPath}#{index}", container, pending.ToArray());
        pending.Clear();
        var runAttributes = new List<TranslatableAttribute>();
        foreach (var node in run.Nodes)
        {
            AddCodes(run, node, runAttributes);
        }

        if (run.HasText || runAttributes.Count > 0)
        {
            runs.Add(run);
            attributes.AddRange(runAttributes);
        }
    }

    private static void AddCodes(TextRun run, INode node, List<TranslatableAttribute> runAttributes)
    {
        if (node is IText text)
        {
            run.HasText |= !string.IsNullOrWhiteSpace(text.Data);
            return;
        }

        var isPaired = node is IElement e && HtmlElementRoles.IsPaired(e.LocalName);
        var code = run.AddCode(node, isPaired);
        if (node is IElement element)
        {
            runAttributes.AddRange(TranslatableAttribute.Names
                .Where(name => !string.IsNullOrWhiteSpace(element.GetAttribute(name)))
                .Select(name => new TranslatableAttribute($"{run.UnitId}@{code.Id}.{name}", run, code, name)));
        }

        if (isPaired)
        {
            foreach (var child in node.ChildNodes)
            {
                AddCodes(run, child, runAttributes);
            }
        }
    }
}
