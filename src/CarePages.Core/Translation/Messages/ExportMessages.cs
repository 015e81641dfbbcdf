namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the export's refusals and notes (<c>Translation/Messages/export.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>); <see cref="Exchange.TranslationExportResult.MessagesIn"/> writes them in the reader's language.
/// </summary>
public static class ExportMessages
{
    /// <summary>No document was chosen.</summary>
    public const string NoDocuments = "export.no-documents";

    /// <summary>The target (<c>{culture}</c>) is the source culture.</summary>
    public const string TargetIsSource = "export.target-is-source";

    /// <summary>The user (<c>{user}</c>) may not work on the target (<c>{culture}</c>; theirs: <c>{languages}</c>).</summary>
    public const string CultureNotAllowed = "export.culture-not-allowed";

    /// <summary>The format (<c>{format}</c>) is not one the export writes.</summary>
    public const string FormatNotSupported = "export.format-not-supported";

    /// <summary>There is no document <c>{document}</c>.</summary>
    public const string DocumentNotFound = "export.document-not-found";

    /// <summary>The document (<c>{document}</c>) has no source (<c>{culture}</c>) version.</summary>
    public const string NotInSource = "export.not-in-source";

    /// <summary>A field (<c>{field}</c>) of a document (<c>{document}</c>) holds a character (<c>{character}</c>) a file cannot carry, in <c>{culture}</c>.</summary>
    public const string RefusedCharacter = "export.refused-character";

    /// <summary>The document (<c>{document}</c>) could not be read (<c>{detail}</c>).</summary>
    public const string DocumentUnreadable = "export.document-unreadable";

    /// <summary>Another user changed the states at the same moment.</summary>
    public const string Conflict = "export.conflict";

    /// <summary>The document (<c>{document}</c>, <c>{name}</c>) is approved and current in <c>{culture}</c>: left out.</summary>
    public const string LeftOut = "export.left-out";

    /// <summary>The workflow refused the export (<c>{status}</c>).</summary>
    public const string WorkflowRefused = "export.workflow-refused";
}
