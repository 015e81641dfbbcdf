using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Builds the lists of related pages: picked conditions or routes, and a treatment's routes.</summary>
internal static class RelatedLinksMapper
{
    public static IReadOnlyList<RelatedLinksViewModel> Map(CultureDocument document, IPageLookup lookup, UiLabels labels)
    {
        IEnumerable<RelatedLinksViewModel> lists = document.ContentTypeAlias switch
        {
            TreatmentOverviewType.Alias =>
            [
                List(RelatedListIds.Routes, labels[LabelKeys.TreatmentRoutes], lookup.ChildrenOf(document.Key, document.Culture), lookup),
                List(RelatedListIds.Conditions, labels[LabelKeys.ConditionsTreated], Picked(document, TreatmentOverviewType.ConditionsTreated, lookup), lookup),
            ],
            TreatmentRouteType.Alias =>
            [
                List(RelatedListIds.Conditions, labels[LabelKeys.ConditionsTreated], Picked(document, TreatmentRouteType.ConditionsTreated, lookup), lookup),
                List(RelatedListIds.OtherRoutes, labels[LabelKeys.OtherRoutes], Siblings(document, lookup), lookup),
            ],
            ConditionType.Alias =>
            [
                List(RelatedListIds.TreatmentOptions, labels[LabelKeys.TreatmentOptions], Picked(document, ConditionType.TreatmentRoutes, lookup), lookup),
            ],
            _ => [],
        };
        return lists.Where(l => l.Links.Count > 0).ToArray();
    }

    private static RelatedLinksViewModel List(string id, string heading, IEnumerable<CultureDocument> documents, IPageLookup lookup) =>
        new(id, heading, documents
            .Select(d => (d, url: lookup.UrlOf(d.Key, d.Culture)))
            .Where(x => x.url is not null)
            .Select(x => new LinkViewModel(x.d.Name, x.url!, x.d.Culture))
            .ToArray());

    private static IEnumerable<CultureDocument> Picked(CultureDocument document, string alias, IPageLookup lookup) =>
        (document.Field(alias)?.Items ?? [])
            .Select(raw => Guid.TryParse(raw, out var key) ? lookup.Find(key, document.Culture) : null)
            .OfType<CultureDocument>();

    private static IEnumerable<CultureDocument> Siblings(CultureDocument document, IPageLookup lookup) =>
        document.ParentKey is { } parentKey
            ? lookup.ChildrenOf(parentKey, document.Culture).Where(d => d.Key != document.Key)
            : [];
}
