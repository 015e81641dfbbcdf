namespace CarePages.Umbraco.Configuration;

/// <summary>Settings under <c>CarePages:Install</c>.</summary>
public sealed class CarePagesInstallOptions
{
    /// <summary>
    /// Whether the schema installer runs at start-up. Default <c>true</c>. Turn it off on sites that
    /// deploy the schema by other means (uSync, Deploy).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest <see cref="ServerRoleWait"/> accepted.</summary>
    public static readonly TimeSpan MaxServerRoleWait = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a server whose role is still <c>Unknown</c> at start-up waits, in the background, for Umbraco to elect it
    /// before skipping the installer (Umbraco's first election runs about 15 seconds after start-up). Only a scheduling
    /// publisher or a single server installs. Default 2 minutes; <c>00:00:00</c> skips at once; at most
    /// <see cref="MaxServerRoleWait"/>.
    /// </summary>
    public TimeSpan ServerRoleWait { get; set; } = TimeSpan.FromMinutes(2);

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

    /// <summary>
    /// Whether the sample's Spanish and Arabic translations are recorded as approved by the sample's reviewer when it is
    /// imported (they were translated and clinically reviewed before packaging). Default <c>true</c>; <c>false</c> leaves
    /// them untranslated, for a clinic whose own reviewers must approve them before they are published.
    /// </summary>
    public bool ApproveSampleTranslations { get; set; } = true;
}
