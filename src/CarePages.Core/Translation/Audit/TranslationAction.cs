using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Audit;

/// <summary>What an audit entry records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationAction>))]
public enum TranslationAction
{
    /// <summary>A field was exported to a translator.</summary>
    Export,

    /// <summary>A translation was imported.</summary>
    Import,

    /// <summary>A translation was written or changed in the editor.</summary>
    Edit,

    /// <summary>A translation was sent for review.</summary>
    SubmitForReview,

    /// <summary>A reviewer approved a translation.</summary>
    Approve,

    /// <summary>The source text changed after the translation was made (or changed back).</summary>
    SourceChange,

    /// <summary>An editor decided a source change needs no retranslation.</summary>
    NoRetranslationNeeded,

    /// <summary>A culture of the document was published.</summary>
    Publish,

    /// <summary>A machine translation was saved as the field's draft (the details name the engine and its version).</summary>
    MachineTranslate,
}
