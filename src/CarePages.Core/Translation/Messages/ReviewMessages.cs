using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the review actions' refusals (<c>Translation/Messages/review.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>); <see cref="TranslationReviewResult.MessageIn"/> writes them in the reader's language.
/// </summary>
public static class ReviewMessages
{
    /// <summary>There is no document <c>{document}</c> with a source (<c>{culture}</c>).</summary>
    public const string DocumentNotFound = "review.document-not-found";

    /// <summary>A field named (<c>{field}</c>) is not a translatable field of the document (<c>{document}</c>).</summary>
    public const string UnknownField = "review.unknown-field";

    /// <summary>The workflow refused a field (<c>{field}</c>) with <c>{status}</c>; its state is <c>{state}</c>.</summary>
    public const string FieldRefused = "review.field-refused";
}
