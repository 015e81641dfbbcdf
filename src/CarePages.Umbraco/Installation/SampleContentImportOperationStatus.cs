namespace CarePages.Umbraco.Installation;

/// <summary>How a sample content import ended.</summary>
public enum SampleContentImportOperationStatus
{
    /// <summary>Every document was created or already existed.</summary>
    Success,

    /// <summary>The sample content was imported before; nothing was touched.</summary>
    AlreadyImported,

    /// <summary><c>CarePages:Install:SampleContent</c> is false.</summary>
    Disabled,

    /// <summary>At least one document could not be created; the next start tries again.</summary>
    DocumentsFailed,
}
