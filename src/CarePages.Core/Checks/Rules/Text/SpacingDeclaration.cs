using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>An inline <c>letter-spacing</c>, <c>word-spacing</c> or <c>line-height</c> and what it comes to.</summary>
/// <param name="Element">The element whose <c>style</c> declares it.</param>
/// <param name="Value">The declared value, as written.</param>
/// <param name="Important">True when declared <c>!important</c>, so readers' own spacing cannot override it.</param>
/// <param name="FontRatio">The value as a multiple of the element's font size; null when markup alone cannot tell.</param>
internal sealed record SpacingDeclaration(IElement Element, string Value, bool Important, double? FontRatio);
