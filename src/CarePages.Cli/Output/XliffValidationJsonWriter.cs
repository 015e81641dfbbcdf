using System.Text.Json.Nodes;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes an XLIFF validation report as <c>{"file","version","valid","faultCount","faults":[…]}</c>, every fault with
/// line and column (null when unknown), code and message.
/// </summary>
internal static class XliffValidationJsonWriter
{
    /// <summary>Writes <paramref name="report"/> for <paramref name="file"/> to <paramref name="output"/>.</summary>
    public static void Write(string file, XliffValidationReport report, TextWriter output)
    {
        var faults = report.Faults.Select(f => new JsonObject
        {
            ["line"] = f.HasLocation ? f.Line : null,
            ["column"] = f.HasLocation ? f.Position : null,
            ["code"] = f.Code,
            ["message"] = f.Message,
        });
        JsonOutput.Write(
            new JsonObject
            {
                ["file"] = file,
                ["version"] = report.VersionNumber,
                ["valid"] = report.IsValid,
                ["faultCount"] = report.Faults.Count,
                ["faults"] = JsonOutput.Array(faults),
            },
            output);
    }
}
