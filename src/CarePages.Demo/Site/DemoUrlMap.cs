using CarePages.Core.Documents;

namespace CarePages.Demo.Site;

/// <summary>
/// The demo's URLs: <c>/{culture}/{parent-slug}/{slug}</c>, the culture lowercased and each slug folded from the
/// page's name in that culture (or in the default culture when the name has no Latin letters).
/// </summary>
public sealed class DemoUrlMap
{
    private readonly Dictionary<(Guid Key, string Culture), string> _urls = [];
    private readonly Dictionary<string, (Guid Key, string Culture)> _pages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Assigns a URL to every document in every culture; <paramref name="documents"/> must list parents first.</summary>
    public DemoUrlMap(IReadOnlyList<MultiCultureDocument> documents, string defaultCulture)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            foreach (var culture in document.Cultures)
            {
                var parentUrl = document.Parent is { } parent && UrlOf(parent.Id, culture) is { } url ? url : "/" + CultureSegment(culture);
                var path = Unique($"{parentUrl}/{SlugOf(document, culture, defaultCulture)}");
                _urls[(document.Id, culture.ToUpperInvariant())] = path;
                _pages[path] = (document.Id, culture);
            }
        }
    }

    /// <summary>Every page as (URL, key, culture), in document order.</summary>
    public IEnumerable<(string Url, Guid Key, string Culture)> Pages => _pages.Select(p => (p.Key, p.Value.Key, p.Value.Culture));

    /// <summary>The URL path segment of a culture: its code in lower case, e.g. <c>es-es</c>.</summary>
    public static string CultureSegment(string culture) => culture.ToLowerInvariant();

    /// <summary>The URL of a document in a culture, or null when it has none.</summary>
    public string? UrlOf(Guid key, string culture) => _urls.GetValueOrDefault((key, culture.ToUpperInvariant()));

    /// <summary>The document and culture at <paramref name="path"/> (case and a trailing slash ignored), or null.</summary>
    public (Guid Key, string Culture)? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = "/" + path.Trim('/');
        return _pages.TryGetValue(normalized, out var page) ? page : null;
    }

    private static string SlugOf(MultiCultureDocument document, string culture, string defaultCulture)
    {
        var slug = Slug.FromName(document.NameIn(culture) ?? string.Empty);
        if (slug.Length == 0)
        {
            slug = Slug.FromName(document.NameIn(defaultCulture) ?? (document.Variants is [var first, ..] ? first.Name : string.Empty));
        }

        return slug.Length > 0 ? slug : document.Id.ToString("N")[..8];
    }

    private string Unique(string path)
    {
        var candidate = path;
        for (var n = 2; _pages.ContainsKey(candidate); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }
}
