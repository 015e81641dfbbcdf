using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A treatment route must have a route of administration from the controlled list (an EDQM standard term such as
/// "Nasal use"): without it patients cannot tell how the medication is given, and the route-text checks cannot run.
/// </summary>
public sealed class RouteMissingRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "route-missing",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var document = context.Document;
        if (!ClinicalDocuments.IsTreatmentRoute(document))
        {
            return;
        }

        var items = document.Field(TreatmentRouteType.RouteOfAdministration)?.Items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList() ?? [];
        if (items.Count == 0)
        {
            findings.Report(document.Name, property: TreatmentRouteType.RouteOfAdministration);
            return;
        }

        foreach (var item in items)
        {
            if (RoutesOfAdministration.Find(item) is null)
            {
                findings.Report(item, variant: "unknown", arguments: new Dictionary<string, string>
                {
                    ["value"] = item,
                    ["terms"] = string.Join(", ", RoutesOfAdministration.All.Select(r => r.EdqmTerm)),
                }, property: TreatmentRouteType.RouteOfAdministration);
            }
        }
    }
}
