using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A treatment route must tell patients its side effects. Blocks an empty field, and one holding only spaces or
/// markup (<c>&lt;p&gt;&amp;nbsp;&lt;/p&gt;</c>).
/// </summary>
public sealed class SideEffectsMissingRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "side-effects-missing",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var document = context.Document;
        var field = document.Field(TreatmentRouteType.SideEffects);
        if (ClinicalDocuments.IsTreatmentRoute(document) && !ClinicalDocuments.HasWords(context, field))
        {
            findings.Report(field?.Text ?? string.Empty, property: TreatmentRouteType.SideEffects);
        }
    }
}
