using CarePages.Core.Documents;
using CarePages.Core.Rendering;
using CarePages.Core.SampleContent;

namespace CarePages.Demo.Site;

/// <summary>A snapshot of the demo's content: its documents, their URLs and the lookup page mapping uses.</summary>
public sealed class DemoSite
{
    /// <summary>The URL of the home page.</summary>
    public const string HomeUrl = "/";

    /// <summary>Builds the snapshot from documents listed parents first.</summary>
    public DemoSite(IReadOnlyList<DocumentRequest> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = documents;
        Urls = new DemoUrlMap(documents, SampleClinic.SourceCulture);
        Lookup = new InMemoryPageLookup(documents, SampleClinic.SourceCulture, Urls.UrlOf, HomeUrl);
        Cultures = documents.SelectMany(d => d.Cultures)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => OrderOf(c))
            .ToArray();
    }

    /// <summary>Every document, parents first.</summary>
    public IReadOnlyList<DocumentRequest> Documents { get; }

    /// <summary>Every page's URL.</summary>
    public DemoUrlMap Urls { get; }

    /// <summary>Other documents and their URLs, for page mapping.</summary>
    public IPageLookup Lookup { get; }

    /// <summary>Every culture some document is written in, the source culture first.</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>The culture whose URL segment is <paramref name="segment"/>, or null.</summary>
    public string? CultureOfSegment(string segment) =>
        Cultures.FirstOrDefault(c => string.Equals(DemoUrlMap.CultureSegment(c), segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The page at <paramref name="path"/> as a view model, or null when there is none.</summary>
    public PageViewModel? PageAt(string path) =>
        Urls.Resolve(path) is { } page && Lookup.Find(page.Key, page.Culture) is { } document
            ? PageViewModelFactory.Create(document, Lookup)
            : null;

    // The sample clinic's order (source culture first); cultures it does not know go last.
    private static int OrderOf(string culture)
    {
        for (var i = 0; i < SampleClinic.Cultures.Count; i++)
        {
            if (string.Equals(SampleClinic.Cultures[i], culture, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
