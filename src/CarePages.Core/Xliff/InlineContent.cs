using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// A block's inline content as version-neutral <see cref="InlineNode"/>s: its text (the run's outer whitespace left
/// in the skeleton) and its codes, nested as in the HTML. Both writers render units from it.
/// </summary>
internal static class InlineContent
{
    /// <summary>The content of <paramref name="run"/>.</summary>
    public static IReadOnlyList<InlineNode> Of(TextRun run)
    {
        var nodes = new List<InlineNode>();
        for (var i = 0; i < run.Nodes.Count; i++)
        {
            if (run.Nodes[i] is IText text)
            {
                var data = i == 0 ? text.Data.TrimStart() : text.Data;
                nodes.Add(new InlineText(i == run.Nodes.Count - 1 ? data.TrimEnd() : data));
            }
            else
            {
                nodes.Add(Code(run, run.Nodes[i]));
            }
        }

        return nodes;
    }

    private static PlacedCode Code(TextRun run, INode node)
    {
        var code = run.CodeOf(node)!;
        var children = code.IsPaired
            ? node.ChildNodes.Select(child => child is IText text ? new InlineText(text.Data) : (InlineNode)Code(run, child)).ToList()
            : [];
        return new PlacedCode(code, children);
    }
}
