using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Text;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Builds the "at a glance" facts of a treatment route; null when the route records none.</summary>
internal static class TreatmentFactsMapper
{
    public static TreatmentFactsViewModel? Map(CultureDocument document, UiLabels labels)
    {
        if (document.ContentTypeAlias != TreatmentRouteType.Alias)
        {
            return null;
        }

        var facts = new TreatmentFactsViewModel
        {
            Medication = document.Text(TreatmentRouteType.Medication),
            Route = Route(document.Field(TreatmentRouteType.RouteOfAdministration)?.Items is [var stored, ..] ? stored : null, document.Culture, labels),
            Places = (document.Field(TreatmentRouteType.PlaceOfAdministration)?.Items ?? [])
                .Select(place => labels.Find(LabelKeys.PlaceName(place)) ?? place)
                .ToArray(),
            AdministeredBy = document.Text(TreatmentRouteType.AdministeredBy),
            TypicalOnset = document.Text(TreatmentRouteType.TypicalOnset),
        };
        return facts.IsEmpty ? null : facts;
    }

    private static RouteOfAdministrationViewModel? Route(string? stored, string culture, UiLabels labels)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        var route = RoutesOfAdministration.Find(stored);
        if (route is null)
        {
            return new RouteOfAdministrationViewModel(stored, stored, null);
        }

        // EDQM publishes its terms in English and many other languages; where the catalogue has none, the English term is marked.
        var englishPage = CultureNames.LanguageOf(culture) == LabelCatalogue.FallbackLanguage;
        var localTerm = englishPage ? route.EdqmTerm : LabelCatalogue.EdqmStandardTerm(route.EdqmCode, culture);
        return new RouteOfAdministrationViewModel(
            labels.Find(LabelKeys.RouteName(route.Code)) ?? route.EdqmTerm,
            localTerm ?? route.EdqmTerm,
            route.EdqmCode,
            localTerm is null ? LabelCatalogue.FallbackLanguage : null);
    }
}
