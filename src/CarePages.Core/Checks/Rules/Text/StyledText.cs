using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>An element with visible text of its own, and the inline styling it is shown with.</summary>
/// <param name="Element">The element whose child text nodes hold the text.</param>
/// <param name="State">What inline styles say about that text.</param>
internal sealed record StyledText(IElement Element, InlineState State);
