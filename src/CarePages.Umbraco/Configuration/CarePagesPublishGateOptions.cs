namespace CarePages.Umbraco.Configuration;

/// <summary>How the publish gate reports (<c>CarePages:PublishGate</c>).</summary>
public sealed class CarePagesPublishGateOptions
{
    /// <summary>Checks every culture being published and stops publishing on a <c>block</c> finding. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Shows <c>warn</c> findings as warning messages (publishing goes ahead). Default: true.</summary>
    public bool ReportWarnings { get; set; } = true;

    /// <summary>
    /// Publishes a translated culture of a clinical document (treatment overview, treatment route, condition) only when
    /// every translatable field is approved and not outdated. Default: true.
    /// </summary>
    public bool RequireApprovedTranslations { get; set; } = true;

    /// <summary>Most findings listed as messages per publish, after which one line says how many more there are. Default: 10.</summary>
    public int MaxMessages { get; set; } = 10;
}
