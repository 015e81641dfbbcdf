using CarePages.Core.Documents;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Reads a treatment route's benefit blocks.</summary>
internal static class BenefitsMapper
{
    public static IReadOnlyList<BenefitViewModel> Map(CultureDocument document) =>
        (document.Field(TreatmentRouteType.Benefits)?.Elements ?? [])
            .Select(e => new BenefitViewModel(
                e.Field(BenefitElementType.Title)?.Text ?? string.Empty,
                e.Field(BenefitElementType.Text)?.Text ?? string.Empty))
            .Where(b => b.Title.Length > 0 || b.Text.Length > 0)
            .ToArray();
}
