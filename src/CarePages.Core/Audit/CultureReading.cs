namespace CarePages.Core.Audit;

/// <summary>What the audit reads of one culture of a version before deciding whether to check it again.</summary>
internal sealed record CultureReading(string Fingerprint, DateOnly? ReviewedOn, DateOnly? Due, string? Unreadable);
