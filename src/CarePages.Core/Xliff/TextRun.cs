using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// A run of text and inline markup inside one block of rich text: the part of the HTML a block unit translates.
/// Everything outside runs, and the markup of the codes, is the skeleton the target is rebuilt into.
/// </summary>
internal sealed class TextRun
{
    private readonly Dictionary<INode, InlineCode> codesByNode = new(ReferenceEqualityComparer.Instance);

    public TextRun(int index, string unitId, INode container, IReadOnlyList<INode> nodes)
    {
        Index = index;
        UnitId = unitId;
        Container = container;
        Nodes = nodes;
        var first = nodes[0] as IText;
        var last = nodes[^1] as IText;
        Leading = first is null ? string.Empty : first.Data[..(first.Data.Length - first.Data.TrimStart().Length)];
        Trailing = last is null ? string.Empty : last.Data[last.Data.TrimEnd().Length..];
        if (ReferenceEquals(first, last) && first is not null && first.Data.Trim().Length == 0)
        {
            Trailing = string.Empty;
        }
    }

    /// <summary>The block's position in the field (1-based).</summary>
    public int Index { get; }

    /// <summary>The trans-unit id: <c>fieldPath#index</c>.</summary>
    public string UnitId { get; }

    /// <summary>The element whose children the run is made of.</summary>
    public INode Container { get; }

    /// <summary>The run's consecutive child nodes of <see cref="Container"/>.</summary>
    public IReadOnlyList<INode> Nodes { get; }

    /// <summary>Whitespace before the run's text, kept in the skeleton.</summary>
    public string Leading { get; }

    /// <summary>Whitespace after the run's text, kept in the skeleton.</summary>
    public string Trailing { get; }

    /// <summary>The run's codes in id order.</summary>
    public List<InlineCode> Codes { get; } = [];

    /// <summary>True when the run holds text a translator must see.</summary>
    public bool HasText { get; set; }

    /// <summary>The code for a node of the run, or null for text.</summary>
    public InlineCode? CodeOf(INode node) => codesByNode.GetValueOrDefault(node);

    /// <summary>Adds the next code.</summary>
    public InlineCode AddCode(INode node, bool isPaired)
    {
        var code = new InlineCode(Codes.Count + 1, node, isPaired);
        Codes.Add(code);
        codesByNode[node] = code;
        return code;
    }

    /// <summary>A signature of the run's codes, to tell whether two versions of a field line up block by block.</summary>
    public string CodeSignature() => string.Join(',', Codes.Select(c => (c.IsPaired ? "pair:" : "placeholder:") + c.HtmlName));
}
