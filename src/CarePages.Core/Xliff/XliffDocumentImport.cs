namespace CarePages.Core.Xliff;

/// <summary>
/// One document of an imported file. Applied all-or-nothing: when any of its units is rejected,
/// <see cref="Applied"/> is false and <see cref="Fields"/> is empty.
/// </summary>
/// <param name="Key">The document's key.</param>
/// <param name="Applied">True when every unit was accepted.</param>
/// <param name="Fields">The new values per field, when applied.</param>
public sealed record XliffDocumentImport(Guid Key, bool Applied, IReadOnlyList<XliffFieldValue> Fields);
