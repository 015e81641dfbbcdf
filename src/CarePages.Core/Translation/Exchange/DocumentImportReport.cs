using System.Text.Json.Serialization;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The import report of one document: applied as a whole, or left unchanged with the reasons.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Applied">True when its translations were saved as a draft.</param>
/// <param name="Reason">Why it was left unchanged; null when applied.</param>
/// <param name="Fields">One line per field or rejected unit.</param>
public sealed record DocumentImportReport(Guid DocumentKey, bool Applied, string? Reason, IReadOnlyList<FieldImportReport> Fields)
{
    /// <summary>Values saved in the draft that the content store flags as invalid (a mandatory value missing, a pattern not met).</summary>
    public IReadOnlyList<DraftValidationIssue> ValidationIssues { get; init; } = [];

    /// <summary>The document's name for people (see <see cref="TranslationImportService.LabelAsync"/>); null until labelled.</summary>
    public string? DocumentName { get; init; }

    /// <summary>The <see cref="ExchangeMessages"/> key of <see cref="Reason"/> (the reason is then in the reader's language once labelled).</summary>
    public string? ReasonKey { get; init; }

    /// <summary>The note <see cref="Reason"/> is written from, so that a report can be put in another interface language.</summary>
    [JsonIgnore]
    public ExchangeNote? ReasonNote { get; init; }

    /// <summary>A document left unchanged because of <paramref name="reason"/>, in English until labelled.</summary>
    public static DocumentImportReport NotApplied(Guid documentKey, ExchangeNote reason, IReadOnlyList<FieldImportReport> fields)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new DocumentImportReport(documentKey, false, reason.English, fields) { ReasonKey = reason.Key, ReasonNote = reason };
    }
}
