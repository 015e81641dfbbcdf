namespace CarePages.Core.Documents;

/// <summary>A block inside a field, seen in one culture.</summary>
/// <param name="Key">The block's content key.</param>
/// <param name="ContentTypeAlias">The element type's alias.</param>
/// <param name="Fields">The element's fields in the document's culture.</param>
public sealed record DocumentElement(Guid Key, string ContentTypeAlias, IReadOnlyList<DocumentField> Fields)
{
    /// <summary>The field with <paramref name="alias"/>, or null.</summary>
    public DocumentField? Field(string alias) => Fields.FirstOrDefault(f => f.Alias == alias);
}
