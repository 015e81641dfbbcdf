using System.Text.Json.Serialization;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Workflow;

/// <summary>The outcome of a review action (submit, approve, no retranslation needed) on fields of one document in one culture.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Message">Why it was refused, in English; null on success.</param>
/// <param name="Fields">Each field's own outcome; empty when the document or a field was not found.</param>
public sealed record TranslationReviewResult(TranslationReviewStatus Status, string? Message, IReadOnlyList<TranslationOperationResult> Fields)
{
    /// <summary>True when every field was moved on.</summary>
    public bool Succeeded => Status == TranslationReviewStatus.Success;

    /// <summary>The note <see cref="Message"/> is written from; null on success.</summary>
    [JsonIgnore]
    public ExchangeNote? Note { get; init; }

    /// <summary>A refusal for the reason <paramref name="note"/>, with the fields' own outcomes; <see cref="Message"/> names fields by <paramref name="englishLabel"/> when given.</summary>
    public static TranslationReviewResult Refused(TranslationReviewStatus status, ExchangeNote note, IReadOnlyList<TranslationOperationResult> fields, Func<FieldPath, string>? englishLabel = null) =>
        new(status, note.In(ExchangeMessages.FallbackLanguage, englishLabel), fields) { Note = note };

    /// <summary>Why it was refused in <paramref name="uiCulture"/>'s language, fields named by <paramref name="fieldLabel"/> when given; null on success.</summary>
    public string? MessageIn(string uiCulture, Func<FieldPath, string>? fieldLabel = null) => Note?.In(uiCulture, fieldLabel) ?? Message;
}
