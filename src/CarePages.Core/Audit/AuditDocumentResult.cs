namespace CarePages.Core.Audit;

/// <summary>
/// The outcome of auditing one document, as saved in one step: its new <see cref="State"/>, the cultures that were checked
/// again (their stored findings are replaced) and the cultures whose stored findings still hold. Any other stored culture of
/// the document is gone from its content and its findings are removed.
/// </summary>
/// <param name="State">The document's new state.</param>
/// <param name="Name">The document's name in the source culture.</param>
/// <param name="ContentTypeAlias">Its document type.</param>
/// <param name="CheckedAt">When it was audited.</param>
/// <param name="Checked">The cultures checked again.</param>
/// <param name="Kept">The cultures whose content had not changed.</param>
public sealed record AuditDocumentResult(
    AuditDocumentState State,
    string Name,
    string ContentTypeAlias,
    DateTimeOffset CheckedAt,
    IReadOnlyList<AuditCultureResult> Checked,
    IReadOnlyList<AuditCultureState> Kept);
