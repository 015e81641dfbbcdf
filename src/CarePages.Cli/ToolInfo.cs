using System.Reflection;

namespace CarePages.Cli;

/// <summary>What the tool says about itself in reports.</summary>
internal static class ToolInfo
{
    /// <summary>The command name.</summary>
    public const string Name = "carepages";

    /// <summary>The W3C page of an ACT rule, by id.</summary>
    public const string ActRulePagePrefix = "https://www.w3.org/WAI/standards-guidelines/act/rules/";

    /// <summary>The package version, without build metadata (e.g. <c>0.1.0</c>).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The project's home page when the build sets <c>PackageProjectUrl</c>; null otherwise.</summary>
    public static string? InformationUri { get; } = typeof(ToolInfo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "ProjectUrl")?.Value is { Length: > 0 } url ? url : null;

    /// <summary>The W3C page of the ACT rule <paramref name="actRuleId"/>.</summary>
    public static string ActRulePage(string actRuleId) => ActRulePagePrefix + actRuleId + "/";

    private static string ReadVersion()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
