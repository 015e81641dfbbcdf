namespace CarePages.Core.Audit;

/// <summary>What the store remembers of a document's last audit: enough to tell, without reading it, whether it is current.</summary>
/// <param name="Key">The document's key.</param>
/// <param name="Stamp">The document's <see cref="Ports.SiteDocumentStamp.Stamp"/> when it was audited.</param>
/// <param name="SettingsStamp">The <see cref="AuditSettingsStamp"/> it was audited under.</param>
/// <param name="RecheckOn">The first day on which a date-dependent check (review dates) may answer differently; null: never.</param>
public sealed record AuditDocumentState(Guid Key, string Stamp, string SettingsStamp, DateOnly? RecheckOn);
