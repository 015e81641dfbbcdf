namespace CarePages.Core.Xliff;

/// <summary>The overall outcome of importing an XLIFF file.</summary>
public enum XliffImportStatus
{
    /// <summary>Every document in the file was applied.</summary>
    Success,

    /// <summary>Some documents were applied; others had a rejected unit and were left unchanged.</summary>
    PartlyApplied,

    /// <summary>The file was read, but every document had a rejected unit; nothing was applied.</summary>
    NothingApplied,

    /// <summary>The file is over the configured size limit; it was not parsed.</summary>
    FileTooLarge,

    /// <summary>The file is not well-formed XML.</summary>
    NotWellFormed,

    /// <summary>Elements nest deeper than <see cref="XliffImportOptions.MaxNestingDepth"/>; the file was not loaded.</summary>
    NestingTooDeep,

    /// <summary>The file has a DOCTYPE (DTDs, and with them external and expanding entities, are refused).</summary>
    DtdNotAllowed,

    /// <summary>The root is not an XLIFF 1.2 <c>&lt;xliff version="1.2"&gt;</c>.</summary>
    NotXliff12,

    /// <summary>The root is not an XLIFF 2.x <c>&lt;xliff&gt;</c> (2.0/2.1 namespace <c>…:document:2.0</c>, or 2.2 namespace <c>…:document:2.2</c>).</summary>
    NotXliff2,

    /// <summary>The file breaks its version's schema (1.2 strict) or structure rules (2.x).</summary>
    SchemaInvalid,

    /// <summary>The file carries no job id, or another job's.</summary>
    UnknownJob,

    /// <summary>A <c>&lt;file&gt;</c>'s target language is not the job's target culture.</summary>
    WrongTargetLanguage,

    /// <summary>A <c>&lt;file&gt;</c>'s source language is not the job's source culture.</summary>
    WrongSourceLanguage,

    /// <summary>A <c>&lt;file&gt;</c> names a document that is not in the job.</summary>
    UnknownDocument,

    /// <summary>Two <c>&lt;file&gt;</c> elements name the same document.</summary>
    DuplicateDocument,

    /// <summary>Two trans-units of a document share an id.</summary>
    DuplicateUnitIds,
}
