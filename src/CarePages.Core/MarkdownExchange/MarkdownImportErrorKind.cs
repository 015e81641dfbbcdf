namespace CarePages.Core.MarkdownExchange;

/// <summary>Why a Markdown exchange file, or part of it, cannot be imported.</summary>
public enum MarkdownImportErrorKind
{
    /// <summary>The file does not start with the <c>carepages-translation</c> header, or the header lacks a value.</summary>
    MissingHeader,

    /// <summary>The file belongs to another job.</summary>
    WrongJob,

    /// <summary>The file belongs to another document.</summary>
    WrongDocument,

    /// <summary>The file is for another target culture.</summary>
    WrongCulture,

    /// <summary>A line starts like a field marker but is not one (e.g. the closing <c>--&gt;</c> was lost).</summary>
    BrokenFieldMarker,

    /// <summary>Text stands before the first field marker.</summary>
    TextOutsideField,

    /// <summary>A field marker names a field the document does not have.</summary>
    UnknownField,

    /// <summary>A field marker appears twice.</summary>
    DuplicateField,

    /// <summary>A field of the document has no marker in the file.</summary>
    MissingField,

    /// <summary>
    /// A rich-text field nests Markdown or HTML deeper than <see cref="MarkdownToHtml.MaxNestingDepth"/>, or holds more link, code
    /// or emphasis markers in one paragraph than <see cref="MarkdownShapeScan.MaxMarkersPerParagraph"/>.
    /// </summary>
    NestingTooDeep,

    /// <summary>A field holds a control character or noncharacter that patient text cannot hold.</summary>
    RefusedCharacter,

    /// <summary>A rich-text field adds, leaves out or re-addresses a link or image of the source (<see cref="SourceLinks"/>).</summary>
    ChangedLinkOrImage,

    /// <summary>A field is longer than the import's limit on a field (<c>MaxFieldLength</c>).</summary>
    FieldTooLong,
}
