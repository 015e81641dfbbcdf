using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Builds the breadcrumb: home, the ancestors in the page's culture, then the page itself.</summary>
internal static class BreadcrumbMapper
{
    public static IReadOnlyList<LinkViewModel> Map(CultureDocument document, IPageLookup lookup, UiLabels labels)
    {
        var trail = new List<LinkViewModel>
        {
            new(document.Name, lookup.UrlOf(document.Key, document.Culture) ?? string.Empty, document.Culture, IsCurrent: true),
        };
        var visited = new HashSet<Guid> { document.Key };
        var parentKey = document.ParentKey;
        while (parentKey is { } key && visited.Add(key) && lookup.Find(key, document.Culture) is { } parent
            && lookup.UrlOf(key, document.Culture) is { } url)
        {
            trail.Add(new LinkViewModel(parent.Name, url, parent.Culture));
            parentKey = parent.ParentKey;
        }

        trail.Add(new LinkViewModel(labels[LabelKeys.Home], lookup.HomeUrl(document.Culture), document.Culture));
        trail.Reverse();
        return trail;
    }
}
