using CarePages.Core.Documents;

namespace CarePages.Core.Rendering;

/// <summary>
/// What page mapping needs to know about the rest of the site: other documents in a culture, and their URLs.
/// Umbraco answers from published content; the demo from its store.
/// </summary>
public interface IPageLookup
{
    /// <summary>The culture that <c>hreflang="x-default"</c> points at (the source language).</summary>
    string DefaultCulture { get; }

    /// <summary>The URL of the site's home page for a reader of <paramref name="culture"/>.</summary>
    string HomeUrl(string culture);

    /// <summary>The document with <paramref name="key"/> in <paramref name="culture"/>, or null when it has no such variant.</summary>
    CultureDocument? Find(Guid key, string culture);

    /// <summary>The cultures the document is available in, the default culture first.</summary>
    IReadOnlyList<string> CulturesOf(Guid key);

    /// <summary>The document's children available in <paramref name="culture"/>, in sort order.</summary>
    IReadOnlyList<CultureDocument> ChildrenOf(Guid key, string culture);

    /// <summary>The URL of the document in <paramref name="culture"/>, or null when it is not available there.</summary>
    string? UrlOf(Guid key, string culture);
}
