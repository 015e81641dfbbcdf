namespace CarePages.Core.Checks.Drafts;

/// <summary>The checks of a document's latest saved draft, per culture.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Name">Its name in the source culture (in its first culture when it has no source version).</param>
/// <param name="ContentTypeAlias">Its document type's alias.</param>
/// <param name="CheckedAt">When it was checked.</param>
/// <param name="Cultures">The cultures checked, in the order asked (every culture of the document, source first, when none was named).</param>
public sealed record DocumentCheckResponse(Guid DocumentKey, string Name, string ContentTypeAlias, DateTimeOffset CheckedAt, IReadOnlyList<CultureCheckResult> Cultures);
