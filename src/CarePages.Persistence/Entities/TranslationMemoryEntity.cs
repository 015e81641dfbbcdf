namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesTranslationMemory</c>: one approved translation of one segment.</summary>
public sealed class TranslationMemoryEntity
{
    /// <summary>The database-generated sequence number, which keeps segments in the order they were first stored.</summary>
    public long Id { get; set; }

    /// <summary>The source culture in upper case, so that lookups match whatever the case of the culture name.</summary>
    public string SourceCultureKey { get; set; } = string.Empty;

    /// <summary>The target culture in upper case.</summary>
    public string TargetCultureKey { get; set; } = string.Empty;

    /// <summary>
    /// SHA-256 of the source and target texts, so that the same translation is found by an index (text columns are
    /// unbounded, and SQL Server compares them ignoring case).
    /// </summary>
    public string TextHash { get; set; } = string.Empty;

    /// <summary>The source culture as the segment gave it.</summary>
    public string SourceCulture { get; set; } = string.Empty;

    /// <summary>The target culture as the segment gave it.</summary>
    public string TargetCulture { get; set; } = string.Empty;

    /// <summary>The normalised source text.</summary>
    public string SourceText { get; set; } = string.Empty;

    /// <summary>The normalised approved translation.</summary>
    public string TargetText { get; set; } = string.Empty;

    /// <summary>The document the translation was approved in.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The field path it was approved in.</summary>
    public string FieldPath { get; set; } = string.Empty;

    /// <summary>The key of the user who approved it.</summary>
    public string ApprovedByKey { get; set; } = string.Empty;

    /// <summary>The name of the user who approved it.</summary>
    public string ApprovedByName { get; set; } = string.Empty;

    /// <summary>When it was approved.</summary>
    public DateTimeOffset ApprovedAt { get; set; }
}
