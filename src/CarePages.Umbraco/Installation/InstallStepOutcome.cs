namespace CarePages.Umbraco.Installation;

/// <summary>What the installer did with one item.</summary>
public enum InstallStepOutcome
{
    /// <summary>The item did not exist and was created.</summary>
    Created,

    /// <summary>The item existed and was brought up to date.</summary>
    Updated,

    /// <summary>The item existed and was left as it was.</summary>
    Unchanged,

    /// <summary>Umbraco refused; the status and message say why.</summary>
    Failed,
}
