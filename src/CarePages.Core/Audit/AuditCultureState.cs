namespace CarePages.Core.Audit;

/// <summary>What the store remembers of a culture's last audit: enough to tell whether its content changed since.</summary>
/// <param name="Culture">The culture.</param>
/// <param name="Version">Draft or published.</param>
/// <param name="Fingerprint">The fingerprint the stored findings were made from.</param>
public sealed record AuditCultureState(string Culture, AuditedVersion Version, string Fingerprint);
