using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>A treatment route must name its medication (the international non-proprietary name in this language).</summary>
public sealed class MedicationMissingRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "medication-missing",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var document = context.Document;
        if (ClinicalDocuments.IsTreatmentRoute(document) && !ClinicalDocuments.HasWords(context, document.Field(TreatmentRouteType.Medication)))
        {
            findings.Report(document.Name, property: TreatmentRouteType.Medication);
        }
    }
}
