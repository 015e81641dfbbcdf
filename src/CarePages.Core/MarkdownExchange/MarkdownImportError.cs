namespace CarePages.Core.MarkdownExchange;

/// <summary>One reason a Markdown exchange file cannot be imported.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Line">The 1-based line in the file, or 0 when the fault is something missing.</param>
/// <param name="FieldId">The field concerned, if any.</param>
/// <param name="Message">The fault in words a translator can act on.</param>
public sealed record MarkdownImportError(MarkdownImportErrorKind Kind, int Line, string? FieldId, string Message);
