namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesTranslationJobDocument</c>: one document of a translation job.</summary>
public sealed class TranslationJobDocumentEntity
{
    /// <summary>The job's id.</summary>
    public string JobId { get; set; } = string.Empty;

    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }
}
