using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>The outcome of importing an XLIFF file: a status, messages, a report per unit and the documents.</summary>
public sealed record XliffImportResult
{
    /// <summary>The overall status.</summary>
    public required XliffImportStatus Status { get; init; }

    /// <summary>File-level messages in English (why the file was refused); empty when it was read.</summary>
    public IReadOnlyList<string> Messages => Notes.Select(n => n.English).ToArray();

    /// <summary>The notes <see cref="Messages"/> are written from, to be shown in the reader's language.</summary>
    public IReadOnlyList<ExchangeNote> Notes { get; init; } = [];

    /// <summary>One line per trans-unit of the file, and per expected unit the file lacks.</summary>
    public IReadOnlyList<XliffUnitReport> Units { get; init; } = [];

    /// <summary>Each document in the file, applied or not.</summary>
    public IReadOnlyList<XliffDocumentImport> Documents { get; init; } = [];

    /// <summary>The documents whose fields may be saved (as drafts).</summary>
    public IEnumerable<XliffDocumentImport> AppliedDocuments => Documents.Where(d => d.Applied);

    /// <summary>A file refused as a whole: nothing applied.</summary>
    public static XliffImportResult Refused(XliffImportStatus status, params ExchangeNote[] notes) => new() { Status = status, Notes = notes };
}
