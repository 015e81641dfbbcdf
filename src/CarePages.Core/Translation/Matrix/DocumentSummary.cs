namespace CarePages.Core.Translation.Matrix;

/// <summary>What the status matrix needs of a document, with the change stamp it was read at.</summary>
/// <param name="Key">The document's key.</param>
/// <param name="Stamp">The document's <see cref="Ports.SiteDocumentStamp.Stamp"/> when this was read.</param>
/// <param name="Name">Its name in the source culture.</param>
/// <param name="ContentTypeAlias">Its document type.</param>
/// <param name="TranslatableFields">How many fields of its source version are translated.</param>
public sealed record DocumentSummary(Guid Key, string Stamp, string Name, string ContentTypeAlias, int TranslatableFields);
