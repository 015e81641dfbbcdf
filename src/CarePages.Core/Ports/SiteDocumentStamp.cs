namespace CarePages.Core.Ports;

/// <summary>
/// A CarePages document as the site audit and the status matrix first see it: its key, and a stamp that changes
/// whenever its draft or its published version is saved, so unchanged documents need not be read.
/// </summary>
/// <param name="Key">The document's key.</param>
/// <param name="Stamp">Opaque; equal stamps mean nothing was saved in between.</param>
public sealed record SiteDocumentStamp(Guid Key, string Stamp);
