using System.Reflection;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli;

/// <summary>What the tool says about itself in reports.</summary>
internal static class ToolInfo
{
    /// <summary>The command name.</summary>
    public const string Name = "carepages";

    /// <summary>The package version, without build metadata (e.g. <c>0.1.0</c>).</summary>
    public static string Version { get; } = SarifTool.VersionOf(typeof(ToolInfo).Assembly);

    /// <summary>The project's home page when the build sets <c>PackageProjectUrl</c>; null otherwise.</summary>
    public static string? InformationUri { get; } = typeof(ToolInfo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "ProjectUrl")?.Value is { Length: > 0 } url ? url : null;

    /// <summary>The tool as SARIF reports name it.</summary>
    public static SarifTool Sarif { get; } = new(Name, Version, InformationUri);
}
