using CarePages.Core.Documents;

namespace CarePages.Core.Rendering;

/// <summary>
/// An <see cref="IPageLookup"/> over a fixed set of documents, with URLs from a caller-supplied function.
/// It caches the culture views it builds and is not thread-safe: build one per request or snapshot.
/// </summary>
public sealed class InMemoryPageLookup : IPageLookup
{
    private readonly IReadOnlyList<MultiCultureDocument> _documents;
    private readonly Dictionary<Guid, MultiCultureDocument> _byKey;
    private readonly Func<Guid, string, string?> _urlOf;
    private readonly Func<string, string> _homeUrl;
    private readonly Dictionary<(Guid, string), CultureDocument?> _cache = [];

    /// <summary>Creates the lookup.</summary>
    /// <param name="documents">Every document, in sort order.</param>
    /// <param name="defaultCulture">The source culture, for <c>x-default</c>.</param>
    /// <param name="urlOf">The URL of a document key in a culture, or null when it has none.</param>
    /// <param name="homeUrl">The home page's URL for a culture; default: <c>/</c> for every culture.</param>
    public InMemoryPageLookup(IReadOnlyList<MultiCultureDocument> documents, string defaultCulture, Func<Guid, string, string?> urlOf, Func<string, string>? homeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents;
        _byKey = documents.ToDictionary(d => d.Id);
        DefaultCulture = defaultCulture;
        _urlOf = urlOf;
        _homeUrl = homeUrl ?? (_ => "/");
    }

    /// <inheritdoc />
    public string DefaultCulture { get; }

    /// <inheritdoc />
    public string HomeUrl(string culture) => _homeUrl(culture);

    /// <inheritdoc />
    public CultureDocument? Find(Guid key, string culture)
    {
        var cacheKey = (key, culture.ToUpperInvariant());
        if (!_cache.TryGetValue(cacheKey, out var document))
        {
            document = _byKey.TryGetValue(key, out var request) && request.NameIn(culture) is not null
                ? CultureDocumentFactory.Create(request, culture)
                : null;
            _cache[cacheKey] = document;
        }

        return document;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CulturesOf(Guid key) => _byKey.TryGetValue(key, out var request)
        ? CultureOrder.DefaultFirst(request.Cultures, DefaultCulture)
        : [];

    /// <inheritdoc />
    public IReadOnlyList<CultureDocument> ChildrenOf(Guid key, string culture) => _documents
        .Where(d => d.Parent?.Id == key)
        .Select(d => Find(d.Id, culture))
        .OfType<CultureDocument>()
        .ToArray();

    /// <inheritdoc />
    public string? UrlOf(Guid key, string culture) => _byKey.ContainsKey(key) ? _urlOf(key, culture) : null;
}
