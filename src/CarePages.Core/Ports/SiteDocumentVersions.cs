using CarePages.Core.Documents;

namespace CarePages.Core.Ports;

/// <summary>The latest saved version of a document and, when any culture of it is published, what patients see.</summary>
/// <param name="Draft">The latest saved version, every culture it has.</param>
/// <param name="Published">The published version, with only the cultures that are published; null when none is.</param>
public sealed record SiteDocumentVersions(MultiCultureDocument Draft, MultiCultureDocument? Published);
