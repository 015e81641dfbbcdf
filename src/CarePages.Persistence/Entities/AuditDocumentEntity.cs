namespace CarePages.Persistence.Entities;

/// <summary>A row of <c>carePagesAuditDocument</c>: one document's last audit, enough to tell whether it is still current.</summary>
public sealed class AuditDocumentEntity
{
    /// <summary>The document's key.</summary>
    public Guid DocumentKey { get; set; }

    /// <summary>The document's change stamp when it was audited.</summary>
    public string Stamp { get; set; } = string.Empty;

    /// <summary>The rules, settings and package version it was audited under.</summary>
    public string SettingsStamp { get; set; } = string.Empty;

    /// <summary>The first day a review date may change its findings; null: never.</summary>
    public DateOnly? RecheckOn { get; set; }

    /// <summary>Its name in the source culture.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its document type.</summary>
    public string ContentTypeAlias { get; set; } = string.Empty;

    /// <summary>When it was audited.</summary>
    public DateTimeOffset CheckedAt { get; set; }
}
