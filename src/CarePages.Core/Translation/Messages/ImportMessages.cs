namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the import report's texts (<c>Translation/Messages/import.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>); <see cref="Exchange.TranslationImportService.LabelAsync"/> writes them in the reader's language.
/// </summary>
public static class ImportMessages
{
    /// <summary>The source changed after the file was exported.</summary>
    public const string SourceChanged = "source-changed";

    /// <summary>The translation is the source copied back.</summary>
    public const string SourceCopied = "source-copied";

    /// <summary>A field that was fine was not saved because its document was not.</summary>
    public const string NotSaved = "not-saved";

    /// <summary>Every translation of the document is its source copied back.</summary>
    public const string FileUntranslated = "file-untranslated";

    /// <summary>The file was imported before.</summary>
    public const string ImportedBefore = "imported-before";

    /// <summary>A glossary term (<c>{term}</c>) is not translated as the glossary says (<c>{expected}</c>).</summary>
    public const string GlossaryTermMissing = "glossary-term-missing";

    /// <summary>A do-not-translate glossary term (<c>{term}</c>) was changed or dropped.</summary>
    public const string GlossaryTermChanged = "glossary-term-changed";

    /// <summary>The file is over the size limit (<c>{limit}</c> bytes).</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>The file is neither XLIFF nor a CarePages Markdown file.</summary>
    public const string UnknownFormat = "unknown-format";

    /// <summary>The file carries no job id.</summary>
    public const string NoJobId = "no-job-id";

    /// <summary>No export created the job the file names (<c>{job}</c>).</summary>
    public const string UnknownJob = "unknown-job";

    /// <summary>The file's format is not the one its job was exported as (<c>{job}</c>, <c>{exported}</c>, <c>{format}</c>).</summary>
    public const string WrongFormat = "wrong-format";

    /// <summary>The user (<c>{user}</c>) may not work on the job's culture (<c>{culture}</c>; theirs: <c>{languages}</c>).</summary>
    public const string CultureNotAllowed = "culture-not-allowed";

    /// <summary>Counted: problems found in the file for a document (XLIFF units or Markdown lines refused).</summary>
    public const string FileProblems = "file-problems";

    /// <summary>A field (<c>{field}</c>) is longer (<c>{length}</c>) than the limit (<c>{limit}</c>).</summary>
    public const string FieldTooLong = "field-too-long";

    /// <summary>A field (<c>{field}</c>) cannot take an import in its state (<c>{refusal}</c>, <c>{status}</c>).</summary>
    public const string FieldNotImportable = "field-not-importable";

    /// <summary>Other users kept saving the document (<c>{document}</c>, <c>{attempts}</c>).</summary>
    public const string SavedMeanwhile = "saved-meanwhile";

    /// <summary>Counted: fields were translated again after export (<c>{exported}</c>, <c>{job}</c>).</summary>
    public const string NewerKept = "newer-kept";

    /// <summary>A field was translated again (<c>{user}</c>, <c>{at}</c>).</summary>
    public const string TranslatedAgain = "translated-again";

    /// <summary>The document (<c>{document}</c>) was deleted.</summary>
    public const string DocumentGone = "document-gone";

    /// <summary>A field (<c>{field}</c>) is no longer in the source (<c>{culture}</c>).</summary>
    public const string SourceFieldGone = "source-field-gone";

    /// <summary>The document's blocks no longer match the file (<c>{detail}</c>).</summary>
    public const string DocumentShape = "document-shape";
}
