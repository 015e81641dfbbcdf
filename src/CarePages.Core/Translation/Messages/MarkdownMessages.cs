namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the Markdown exchange file's import errors (<c>Translation/Messages/markdown.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>), raised by <see cref="MarkdownExchange.MarkdownFileReader"/>.
/// </summary>
public static class MarkdownMessages
{
    /// <summary>An error (<c>{text}</c>) found on a line (<c>{line}</c>) of the file.</summary>
    public const string OnLine = "markdown.on-line";

    /// <summary>The file's header names a document (<c>{document}</c>) that is not part of the job (<c>{job}</c>).</summary>
    public const string DocumentNotInJob = "markdown.document-not-in-job";

    /// <summary>The file's header names no document (job <c>{job}</c>).</summary>
    public const string NoDocument = "markdown.no-document";

    /// <summary>The file does not start with the header (<c>{header}</c>).</summary>
    public const string MissingHeader = "markdown.missing-header";

    /// <summary>The header is not closed (<c>{end}</c>).</summary>
    public const string HeaderNotClosed = "markdown.header-not-closed";

    /// <summary>The header lacks values (<c>{keys}</c>).</summary>
    public const string HeaderIncomplete = "markdown.header-incomplete";

    /// <summary>The file is for another job (<c>{found}</c>, <c>{expected}</c>).</summary>
    public const string WrongJob = "markdown.wrong-job";

    /// <summary>The file is for another document (<c>{found}</c>, <c>{expected}</c>).</summary>
    public const string WrongDocument = "markdown.wrong-document";

    /// <summary>The file is for another target culture (<c>{found}</c>, <c>{expected}</c>).</summary>
    public const string WrongCulture = "markdown.wrong-culture";

    /// <summary>A line starts like a field line but is not one.</summary>
    public const string BrokenFieldMarker = "markdown.broken-field-marker";

    /// <summary>Text stands outside any field.</summary>
    public const string TextOutsideField = "markdown.text-outside-field";

    /// <summary>A field line names a field (<c>{id}</c>) the document does not have.</summary>
    public const string UnknownField = "markdown.unknown-field";

    /// <summary>A field line names a field (<c>{id}</c>) a second time.</summary>
    public const string DuplicateField = "markdown.duplicate-field";

    /// <summary>A field's line (<c>{id}</c>, <c>{label}</c>) is missing.</summary>
    public const string MissingField = "markdown.missing-field";

    /// <summary>A field (<c>{field}</c>) is longer (<c>{length}</c>) than the limit (<c>{limit}</c>).</summary>
    public const string FieldTooLong = "markdown.field-too-long";

    /// <summary>A field (<c>{field}</c>) was refused (<c>{refusal}</c>: a note or sentences).</summary>
    public const string FieldRefused = "markdown.field-refused";

    /// <summary>A field holds a character (<c>{character}</c>) patient text cannot hold.</summary>
    public const string RefusedCharacter = "markdown.refused-character";

    /// <summary>The translation changed the source's links or images (<c>{changes}</c>: the chain of the notes below).</summary>
    public const string LinksChanged = "markdown.links-changed";

    /// <summary>A link's address (<c>{from}</c>) was changed (<c>{to}</c>); <c>.next</c> follows earlier changes (<c>{earlier}</c>).</summary>
    public const string LinkChanged = "markdown.link-changed";

    /// <summary>A link (<c>{target}</c>) was added; <c>.next</c> follows earlier changes (<c>{earlier}</c>).</summary>
    public const string LinkAdded = "markdown.link-added";

    /// <summary>A link of the source (<c>{target}</c>) was left out; <c>.next</c> follows earlier changes (<c>{earlier}</c>).</summary>
    public const string LinkLeftOut = "markdown.link-left-out";

    /// <summary>An image's address (<c>{from}</c>) was changed (<c>{to}</c>); <c>.next</c> follows earlier changes.</summary>
    public const string ImageChanged = "markdown.image-changed";

    /// <summary>An image (<c>{target}</c>) was added; <c>.next</c> follows earlier changes.</summary>
    public const string ImageAdded = "markdown.image-added";

    /// <summary>An image of the source (<c>{target}</c>) was left out; <c>.next</c> follows earlier changes.</summary>
    public const string ImageLeftOut = "markdown.image-left-out";

    /// <summary>The suffix of a change's key that follows earlier changes (<c>{earlier}</c>).</summary>
    public const string Next = ".next";

    /// <summary>Counted: more changes than are named follow the named ones (<c>{earlier}</c>).</summary>
    public const string MoreChanges = "markdown.more-changes";

    /// <summary>A link or image to an address (<c>{address}</c>).</summary>
    public const string ToAddress = "markdown.to-address";

    /// <summary>A link or image without an address.</summary>
    public const string WithoutAddress = "markdown.without-address";

    /// <summary>No address, where one was changed to none.</summary>
    public const string NoAddress = "markdown.no-address";
}
