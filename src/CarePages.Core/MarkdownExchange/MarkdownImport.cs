namespace CarePages.Core.MarkdownExchange;

/// <summary>What reading a Markdown exchange file gave: every field's value, or the reasons it cannot be imported.</summary>
/// <param name="Fields">The values, in file order; empty when there are errors, so nothing half-read is applied.</param>
/// <param name="Errors">Every fault found, in file order.</param>
public sealed record MarkdownImport(IReadOnlyList<ImportedField> Fields, IReadOnlyList<MarkdownImportError> Errors)
{
    /// <summary>True when the file can be applied.</summary>
    public bool Succeeded => Errors.Count == 0;
}
