namespace CarePages.Core.Translation.Workflow;

/// <summary>How a review action on a document's fields ended; everything but <see cref="Success"/> changed nothing.</summary>
public enum TranslationReviewStatus
{
    /// <summary>Every field named was moved on.</summary>
    Success,

    /// <summary>The document does not exist.</summary>
    DocumentNotFound,

    /// <summary>A field named is not a translatable field of the document's source.</summary>
    UnknownField,

    /// <summary>The workflow refused a field (the field results say which and why).</summary>
    Refused,
}
