namespace CarePages.Umbraco.Configuration;

/// <summary>Settings under the <c>CarePages</c> configuration section.</summary>
public sealed class CarePagesOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "CarePages";

    /// <summary>What the installer does at start-up (<c>CarePages:Install</c>).</summary>
    public CarePagesInstallOptions Install { get; set; } = new();
}
