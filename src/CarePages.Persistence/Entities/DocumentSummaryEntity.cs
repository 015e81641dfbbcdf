namespace CarePages.Persistence.Entities;

/// <summary>
/// A row of <c>carePagesDocumentSummary</c>: what the translation status matrix needs of a document (name, type, number
/// of translatable fields), kept with the change stamp it was read at so the matrix reads only documents saved since.
/// </summary>
public sealed class DocumentSummaryEntity
{
    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The document's change stamp when this was read.</summary>
    public string Stamp { get; set; } = string.Empty;

    /// <summary>Its name in the source culture.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its document type.</summary>
    public string ContentTypeAlias { get; set; } = string.Empty;

    /// <summary>How many fields of its source version are translated.</summary>
    public int TranslatableFields { get; set; }
}
