using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Workflow;

/// <summary>How a workflow operation ended; everything but <see cref="Success"/> left the state unchanged.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationOperationStatus>))]
public enum TranslationOperationStatus
{
    /// <summary>Done.</summary>
    Success,

    /// <summary>The culture is not one of the actor's cultures.</summary>
    CultureNotAllowed,

    /// <summary>The culture is the document's source culture, which is written, not translated.</summary>
    SourceCulture,

    /// <summary>The field's status does not allow the operation (see <see cref="FieldTranslationRules"/>).</summary>
    InvalidTransition,

    /// <summary>The translation is approved and current; editing it is the way to reopen it.</summary>
    AlreadyApproved,

    /// <summary>The actor may not approve translations.</summary>
    NotReviewer,

    /// <summary>The actor made the translation they try to approve.</summary>
    SelfApproval,

    /// <summary>The source changed after the translation was made; retranslate or mark "no retranslation needed" first.</summary>
    SourceOutdated,

    /// <summary>"No retranslation needed" was asked for a field whose source has not changed.</summary>
    NotOutdated,

    /// <summary>Publishing was refused: some translatable fields are not approved or are outdated.</summary>
    TranslationsNotApproved,

    /// <summary>Another user changed the same field or draft at the same moment; nothing was saved: reload and try again.</summary>
    Conflict,
}
