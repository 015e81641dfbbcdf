namespace CarePages.Core.Documents;

/// <summary>
/// One document in one culture: the neutral shape that checks, translation and rendering work on,
/// whether the document comes from Umbraco or from the demo's store.
/// </summary>
public sealed record CultureDocument
{
    /// <summary>The document's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The parent's key, or null at the root.</summary>
    public Guid? ParentKey { get; init; }

    /// <summary>The document type's alias.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>The culture (e.g. <c>es-ES</c>).</summary>
    public required string Culture { get; init; }

    /// <summary>The node name in this culture, which is the page's title.</summary>
    public required string Name { get; init; }

    /// <summary>Every field the document type defines, in definition order, empty ones included.</summary>
    public IReadOnlyList<DocumentField> Fields { get; init; } = [];

    /// <summary>The field with <paramref name="alias"/>, or null.</summary>
    public DocumentField? Field(string alias) => Fields.FirstOrDefault(f => f.Alias == alias);

    /// <summary>The text of the field with <paramref name="alias"/>, or null when missing or empty.</summary>
    public string? Text(string alias) => Field(alias)?.Text;
}
