using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Workflow;

/// <summary>Where the translation of one field into one culture stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationStatus>))]
public enum TranslationStatus
{
    /// <summary>Nobody has exported, imported or written a translation.</summary>
    Untranslated,

    /// <summary>Exported to a translator; the translation has not come back yet.</summary>
    InTranslation,

    /// <summary>
    /// A machine translation was saved as a draft and no person has post-edited it yet; never published, and sent for
    /// review only by a translator of the culture, who then counts as its translator.
    /// </summary>
    MachineTranslated,

    /// <summary>A translation was imported or edited and has not been sent for review.</summary>
    Translated,

    /// <summary>Sent for review.</summary>
    InReview,

    /// <summary>Approved by a reviewer who did not translate it.</summary>
    Approved,

    /// <summary>
    /// The source text changed after the translation was made. Shown instead of the workflow status, which is kept
    /// and comes back when an editor marks the change "no retranslation needed".
    /// </summary>
    Outdated,
}
