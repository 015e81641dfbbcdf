using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The overall outcome of importing a returned file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationImportStatus>))]
public enum TranslationImportStatus
{
    /// <summary>Every document in the file was saved as a draft.</summary>
    Success,

    /// <summary>Some documents were saved; the others were left unchanged (see their reports).</summary>
    PartlyApplied,

    /// <summary>The file was read, but no document could be applied.</summary>
    NothingApplied,

    /// <summary>The file had been imported before: every document already holds its translations; nothing was written.</summary>
    AlreadyApplied,

    /// <summary>
    /// Fields of the file were translated again after it was exported; nothing newer was overwritten (see the diffs).
    /// Import again confirming the replacement to overwrite them.
    /// </summary>
    NeedsConfirmation,

    /// <summary>The file is over the size limit; it was not parsed.</summary>
    FileTooLarge,

    /// <summary>The file is neither an XLIFF file nor a CarePages Markdown file.</summary>
    UnknownFormat,

    /// <summary>The file carries no job id, or one no export created.</summary>
    UnknownJob,

    /// <summary>The file is not in the format its job was exported in.</summary>
    WrongFormat,

    /// <summary>The job's target culture is not one of the user's cultures.</summary>
    CultureNotAllowed,

    /// <summary>The file was refused as a whole (not well-formed, a DTD, schema faults, wrong language): see the messages.</summary>
    FileRefused,
}
