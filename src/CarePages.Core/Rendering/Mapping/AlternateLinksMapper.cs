using CarePages.Core.Documents;
using CarePages.Core.Text;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Lists the page in each of its languages, for the language switcher and hreflang links.</summary>
internal static class AlternateLinksMapper
{
    public static IReadOnlyList<AlternateLinkViewModel> Map(CultureDocument document, IPageLookup lookup) =>
        lookup.CulturesOf(document.Key)
            .Select(culture => (culture, url: lookup.UrlOf(document.Key, culture)))
            .Where(x => x.url is not null)
            .Select(x => new AlternateLinkViewModel(
                x.culture,
                CultureNames.Native(x.culture),
                WritingDirections.Of(x.culture).ToAttribute(),
                x.url!,
                string.Equals(x.culture, document.Culture, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

    public static string? XDefault(CultureDocument document, IPageLookup lookup, IReadOnlyList<AlternateLinkViewModel> alternates) =>
        lookup.UrlOf(document.Key, lookup.DefaultCulture) ?? (alternates.Count > 0 ? alternates[0].Url : null);
}
