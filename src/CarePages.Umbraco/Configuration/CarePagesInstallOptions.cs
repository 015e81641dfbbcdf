namespace CarePages.Umbraco.Configuration;

/// <summary>Settings under <c>CarePages:Install</c>.</summary>
public sealed class CarePagesInstallOptions
{
    /// <summary>
    /// Whether the schema installer runs at start-up. Default <c>true</c>. Turn it off on sites that
    /// deploy the schema by other means (uSync, Deploy).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Languages to create when missing. Default: none, so the site's languages are left alone.
    /// Existing languages are never changed.
    /// </summary>
    public IList<LanguageInstallOptions> Languages { get; init; } = [];

    /// <summary>
    /// Whether to import the sample clinic (ketamine protocols, en-GB/es-ES/ar) as drafts.
    /// Default <c>false</c>. Runs once; documents that already exist are left alone.
    /// </summary>
    public bool SampleContent { get; set; }
}
