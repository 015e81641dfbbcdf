namespace CarePages.Core.Xliff;

/// <summary>Why <see cref="SecureXmlLoader"/> refused a file.</summary>
internal enum XmlLoadFailureKind
{
    /// <summary>Over the size limit; not parsed.</summary>
    FileTooLarge,

    /// <summary>Has a DOCTYPE: DTDs, and with them external and expanding entities, are refused.</summary>
    DtdNotAllowed,

    /// <summary>Not well-formed XML.</summary>
    NotWellFormed,

    /// <summary>Elements nested deeper than the limit; not loaded, so nothing recursive walks them.</summary>
    NestingTooDeep,
}
