using AngleSharp.Dom;

namespace CarePages.Core.Checks.Html;

/// <summary>
/// Attribute lookups for the walks that ask every element: most elements of a page have no attributes at all, and
/// AngleSharp's own lookup lower-cases and scans the name even then.
/// </summary>
internal static class ElementAttributes
{
    /// <summary>The value of <paramref name="name"/> on <paramref name="element"/>, or null.</summary>
    public static string? ValueOf(IElement element, string name) => element.Attributes.Length == 0 ? null : element.GetAttribute(name);

    /// <summary>True when <paramref name="element"/> has <paramref name="name"/>.</summary>
    public static bool Has(IElement element, string name) => element.Attributes.Length != 0 && element.HasAttribute(name);
}
