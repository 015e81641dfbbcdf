using System.Reflection;

namespace CarePages.Core.Checks.Reports;

/// <summary>The tool a SARIF log names as its driver.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Version">Its version, without build metadata (e.g. <c>0.1.0</c>).</param>
/// <param name="InformationUri">Its home page, when known.</param>
public sealed record SarifTool(string Name, string Version, string? InformationUri = null)
{
    /// <summary>CarePages itself, at the version of this package.</summary>
    public static SarifTool CarePages { get; } = new("carepages", VersionOf(typeof(SarifTool).Assembly));

    /// <summary>The informational version of <paramref name="assembly"/> without build metadata; <c>0.0.0</c> when it has none.</summary>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
