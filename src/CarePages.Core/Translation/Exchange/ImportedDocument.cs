using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Exchange;

/// <summary>One document as read from a returned file, before it is checked against the current source and saved.</summary>
/// <param name="DocumentKey">The document.</param>
/// <param name="Fields">The translated fields with what reading them noted (sanitising, conversion).</param>
/// <param name="Rejected">Units the reader refused; when any, the document is not applied.</param>
/// <param name="Accepted">Ids of units the reader accepted (reported as not applied when another unit was refused).</param>
internal sealed record ImportedDocument(
    Guid DocumentKey,
    IReadOnlyList<(TranslatedField Field, IReadOnlyList<ExchangeNote> Warnings)> Fields,
    IReadOnlyList<FieldImportReport> Rejected,
    IReadOnlyList<string> Accepted)
{
    /// <summary>
    /// Values written into the draft only where the culture has none yet, with no translation state recorded: the page
    /// name sent back untranslated, which the culture needs to exist at all.
    /// </summary>
    public IReadOnlyList<TranslatedField> Placeholders { get; init; } = [];
}
