namespace CarePages.Core.Xliff;

/// <summary>The new target-culture value of one field, from an applied document.</summary>
/// <param name="FieldPath">The field's path, as in the export.</param>
/// <param name="Kind">Plain text or rich text.</param>
/// <param name="Value">The plain text, or the HTML rebuilt from the source's structure and sanitised.</param>
/// <param name="Removed">What sanitising removed from the HTML (e.g. <c>&lt;script&gt;</c>, <c>onclick</c>); usually empty.</param>
public sealed record XliffFieldValue(string FieldPath, XliffFieldKind Kind, string Value, IReadOnlyList<string> Removed);
