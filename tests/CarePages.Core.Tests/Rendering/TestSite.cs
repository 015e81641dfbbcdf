using CarePages.Core.Documents;
using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

/// <summary>A lookup over a handful of documents, with URLs of the form <c>/{culture}/{key}</c>.</summary>
internal static class TestSite
{
    public static InMemoryPageLookup Of(params MultiCultureDocument[] documents) =>
        new(documents, "en-GB", (key, culture) => $"/{culture.ToLowerInvariant()}/{key}");

    public static PageViewModel Page(InMemoryPageLookup lookup, MultiCultureDocument document, string culture) =>
        PageViewModelFactory.Create(lookup.Find(document.Id, culture)!, lookup);
}
