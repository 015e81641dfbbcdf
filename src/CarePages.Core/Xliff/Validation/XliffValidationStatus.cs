namespace CarePages.Core.Xliff.Validation;

/// <summary>Whether a file could be checked at all.</summary>
public enum XliffValidationStatus
{
    /// <summary>The file was parsed and checked; <see cref="XliffValidationReport.IsValid"/> tells the verdict.</summary>
    Checked,

    /// <summary>The file is over the size limit; it was not parsed.</summary>
    FileTooLarge,

    /// <summary>The file has a DOCTYPE (DTDs, and with them external and expanding entities, are refused).</summary>
    DtdNotAllowed,

    /// <summary>The file is not well-formed XML.</summary>
    NotWellFormed,

    /// <summary>Elements nest deeper than <see cref="XliffValidationOptions.MaxNestingDepth"/>; the file was not loaded.</summary>
    NestingTooDeep,

    /// <summary>The file could not be opened or read.</summary>
    Unreadable,
}
