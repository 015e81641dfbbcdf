using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The ITS module's ITS Tools Referencing (XLIFF 2.1 and 2.2, ITS Module). <c>its:annotatorsRef</c> carries "All
/// Constraints that follow from [ITS] Tools Annotation": a space-separated list of references, each a data category
/// identifier (one of the nineteen ITS 2.0 defines), a vertical bar and an IRI, no identifier used twice. An element
/// with <c>its:mtConfidence</c>, <c>its:termConfidence</c> or <c>its:taConfidence</c> "MUST be in the scope of an
/// its:annotatorsRef attribute" whose list has the identifier <c>mt-confidence</c>, <c>terminology</c> or
/// <c>text-analysis</c> (the Constraints of those attributes); the scope is read as <see cref="ItsScope"/> says.
/// </summary>
internal sealed class ItsToolsReferencingRule : IXliff2Rule
{
    private static readonly XNamespace Its = XliffNamespaces.Its;

    private static readonly HashSet<string> DataCategories = new(StringComparer.Ordinal)
    {
        "allowed-characters", "directionality", "domain", "elements-within-text", "external-resource", "id-value",
        "language-information", "locale-filter", "localization-note", "localization-quality-issue",
        "localization-quality-rating", "mt-confidence", "preserve-space", "provenance", "storage-size",
        "target-pointer", "terminology", "text-analysis", "translate",
    };

    private static readonly (string Attribute, string Category)[] Confidences =
    [
        ("mtConfidence", "mt-confidence"), ("termConfidence", "terminology"), ("taConfidence", "text-analysis"),
    ];

    /// <inheritdoc />
    public string Code => "its-tools";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var annotators in document.Root.Attributes(Its + "annotatorsRef").Concat(document.Attributes(Its + "annotatorsRef")))
        {
            if (SyntaxFault(annotators.Value) is { } fault)
            {
                faults.Report(annotators, $"{Xliff2Document.Describe(annotators.Parent!)} has its:annotatorsRef=\"{annotators.Value}\": {fault}.");
            }
        }

        foreach (var (attribute, category) in Confidences)
        {
            foreach (var confidence in document.Attributes(Its + attribute))
            {
                if (!ItsScope.Enclosing(document, confidence.Parent!).Any(e => Categories((string?)e.Attribute(Its + "annotatorsRef")).Contains(category)))
                {
                    faults.Report(confidence, $"{Xliff2Document.Describe(confidence.Parent!)} has its:{attribute} but is in the scope of no its:annotatorsRef naming \"{category}\"; "
                        + "the tool that produced the confidence must be recorded.");
                }
            }
        }
    }

    private static string? SyntaxFault(string value)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in References(value))
        {
            var bar = reference.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0 || bar == reference.Length - 1)
            {
                return $"\"{reference}\" is not a data category identifier, a vertical bar and an IRI";
            }

            var category = reference[..bar];
            if (!DataCategories.Contains(category))
            {
                return $"\"{category}\" is not an ITS data category identifier";
            }

            if (!seen.Add(category))
            {
                return $"the data category \"{category}\" is named twice; each identifier must be used at most once";
            }
        }

        return null;
    }

    private static IEnumerable<string> Categories(string? value) =>
        value is null ? [] : References(value).Select(r => r.Split('|')[0]);

    private static string[] References(string value) =>
        value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
