namespace CarePages.Core.Translation.Matrix;

/// <summary>A row of the status matrix: the document and how many translatable fields its source has.</summary>
/// <param name="Key">The document.</param>
/// <param name="Name">Its name in the source culture (in another culture when it has no source version).</param>
/// <param name="ContentTypeAlias">Its document type's alias; empty when it is not a CarePages type.</param>
/// <param name="TranslatableFields">The number of translatable fields of its source version.</param>
public sealed record MatrixDocument(Guid Key, string Name, string ContentTypeAlias, int TranslatableFields);
