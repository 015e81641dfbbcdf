using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// Puts translated blocks and attributes back into a field's source skeleton: every element, href and src
/// comes from the source; the translator supplies only text, the order and nesting of codes, and alt/title.
/// </summary>
internal static class RichTextRebuilder
{
    /// <summary>Sets a translated attribute on its source code (before blocks are rebuilt, so clones carry it).</summary>
    public static void SetAttribute(TranslatableAttribute attribute, string value) =>
        ((IElement)attribute.Code.Node).SetAttribute(attribute.Name, value);

    /// <summary>Replaces the block's source nodes with the translated ones.</summary>
    public static void ReplaceBlock(TextRun run, IReadOnlyList<InlineNode> translated)
    {
        var document = run.Container.Owner ?? (IDocument)run.Container;
        var nodes = new List<INode>();
        if (run.Leading.Length > 0)
        {
            nodes.Add(document.CreateTextNode(run.Leading));
        }

        for (var i = 0; i < translated.Count; i++)
        {
            var node = translated[i];
            if (node is InlineText text)
            {
                var value = i == 0 ? text.Text.TrimStart() : text.Text;
                value = i == translated.Count - 1 ? value.TrimEnd() : value;
                nodes.Add(document.CreateTextNode(value));
            }
            else
            {
                nodes.Add(Build(document, (PlacedCode)node));
            }
        }

        if (run.Trailing.Length > 0)
        {
            nodes.Add(document.CreateTextNode(run.Trailing));
        }

        var anchor = run.Nodes[0];
        foreach (var node in nodes)
        {
            run.Container.InsertBefore(node, anchor);
        }

        foreach (var old in run.Nodes)
        {
            run.Container.RemoveChild(old);
        }
    }

    private static INode Build(IDocument document, PlacedCode placed)
    {
        if (!placed.Code.IsPaired)
        {
            return placed.Code.Node.Clone(deep: true);
        }

        var element = placed.Code.Node.Clone(deep: false);
        foreach (var child in placed.Children)
        {
            element.AppendChild(child is InlineText text ? document.CreateTextNode(text.Text) : Build(document, (PlacedCode)child));
        }

        return element;
    }
}
