using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Exchange;

/// <summary>How an export ended; everything but <see cref="Success"/> exported nothing and changed nothing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationExportStatus>))]
public enum TranslationExportStatus
{
    /// <summary>The files were written and the fields are in translation.</summary>
    Success,

    /// <summary>No document was asked for.</summary>
    NoDocuments,

    /// <summary>The target culture is not one of the user's cultures.</summary>
    CultureNotAllowed,

    /// <summary>The target culture is the source culture.</summary>
    TargetIsSourceCulture,

    /// <summary>A document does not exist.</summary>
    DocumentNotFound,

    /// <summary>A document has no version in the source culture, so there is nothing to translate from.</summary>
    DocumentNotInSourceCulture,

    /// <summary>A document's stored value cannot be read, or holds a character a translation file cannot carry.</summary>
    DocumentUnreadable,

    /// <summary>Every field of every document is approved and current: there is nothing to translate.</summary>
    NothingToTranslate,

    /// <summary>The format is not available.</summary>
    FormatNotSupported,

    /// <summary>The target culture is not one of the site's cultures.</summary>
    UnknownCulture,

    /// <summary>Another user changed the translation status of the documents at the same moment; nothing was recorded.</summary>
    Conflict,
}
