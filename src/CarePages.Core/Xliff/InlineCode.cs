using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>An inline HTML node of a block, exchanged as a code whose native markup stays in the source.</summary>
/// <param name="Id">The code's id within its unit (1, 2, …), in document order.</param>
/// <param name="Node">The source node: an element, or a comment kept as a placeholder.</param>
/// <param name="IsPaired">True for a paired code (1.2 <c>g</c>, 2.x <c>pc</c>: an element with translatable content), false for a placeholder (<c>x</c>, <c>ph</c>).</param>
internal sealed record InlineCode(int Id, INode Node, bool IsPaired)
{
    /// <summary>The HTML name for messages (<c>strong</c>, <c>img</c>, <c>#comment</c>).</summary>
    public string HtmlName => Node.NodeName.ToLowerInvariant();

    /// <summary>The 1.2 <c>ctype</c>.</summary>
    public string Ctype => IsPaired ? HtmlElementRoles.PairedCtype(HtmlName) : HtmlElementRoles.PlaceholderCtype(HtmlName);
}
