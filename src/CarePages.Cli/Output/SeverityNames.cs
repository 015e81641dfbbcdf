using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>How severities are written in reports.</summary>
internal static class SeverityNames
{
    /// <summary><c>block</c>, <c>warn</c> or <c>info</c>.</summary>
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Block => "block",
        FindingSeverity.Warn => "warn",
        _ => "info",
    };
}
