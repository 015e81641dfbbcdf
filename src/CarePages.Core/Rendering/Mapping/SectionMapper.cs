using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Turns a document's rich-text fields into headed sections, in the order each page type reads best.</summary>
internal static class SectionMapper
{
    private static readonly Dictionary<string, (string Alias, string LabelKey)[]> SectionsByType = new(StringComparer.Ordinal)
    {
        [TreatmentOverviewType.Alias] =
        [
            (TreatmentOverviewType.Introduction, LabelKeys.Introduction),
            (TreatmentOverviewType.WhatToExpect, LabelKeys.WhatToExpect),
            (TreatmentOverviewType.Considerations, LabelKeys.Considerations),
        ],
        [TreatmentRouteType.Alias] =
        [
            (TreatmentRouteType.HowItWorks, LabelKeys.HowItWorks),
            (TreatmentRouteType.SideEffects, LabelKeys.SideEffects),
            (TreatmentRouteType.WhatToExpect, LabelKeys.WhatToExpect),
        ],
        [ConditionType.Alias] =
        [
            (ConditionType.Symptoms, LabelKeys.Symptoms),
            (ConditionType.WhenToSeekUrgentHelp, LabelKeys.WhenToSeekUrgentHelp),
        ],
    };

    public static IReadOnlyList<SectionViewModel> Map(CultureDocument document, UiLabels labels) =>
        SectionsByType.GetValueOrDefault(document.ContentTypeAlias, [])
            .Select(s => (s.Alias, Heading: labels[s.LabelKey], Html: document.Text(s.Alias)))
            .Where(s => s.Html is not null)
            .Select(s => new SectionViewModel(s.Alias, s.Heading, s.Html!))
            .ToArray();
}
