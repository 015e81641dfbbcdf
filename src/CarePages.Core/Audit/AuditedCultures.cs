using CarePages.Core.Documents;

namespace CarePages.Core.Audit;

/// <summary>One version of a document as audited, culture by culture: what was read and what was checked again.</summary>
internal sealed class AuditedCultures(MultiCultureDocument document)
{
    public MultiCultureDocument Document { get; } = document;

    public Dictionary<string, CultureReading> Readings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, AuditCultureResult> Results { get; } = new(StringComparer.OrdinalIgnoreCase);
}
