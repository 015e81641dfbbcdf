using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Machine;

/// <summary>The overall outcome of a machine pre-fill.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MachinePrefillStatus>))]
public enum MachinePrefillStatus
{
    /// <summary>Every document with fields to pre-fill was saved as a draft.</summary>
    Success,

    /// <summary>Some documents were saved; the others were left unchanged (see their reports).</summary>
    PartlyApplied,

    /// <summary>No document could be saved (see their reports).</summary>
    NothingApplied,

    /// <summary>No field of the documents is untranslated or outdated in the culture.</summary>
    NothingToPrefill,

    /// <summary>No document was named.</summary>
    NoDocuments,

    /// <summary>The culture is not one of the site's.</summary>
    UnknownCulture,

    /// <summary>The culture is the source culture.</summary>
    TargetIsSourceCulture,

    /// <summary>The culture is not one of the user's.</summary>
    CultureNotAllowed,

    /// <summary>No engine is configured.</summary>
    NotConfigured,

    /// <summary>The engine offers no pair from the source into the culture.</summary>
    LanguagePairNotSupported,

    /// <summary>The engine could not be asked which pairs it offers (down, slow, refused).</summary>
    EngineUnavailable,
}
