using System.Text.Json.Nodes;
using CarePages.Cli.Checking;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes <c>{"findings":[…],"skipped":[…]}</c>: per finding ruleId, severity (block, warn, info), wcag, actRule, culture,
/// property, snippet, message, hint and the file it was found in; per document skipped its file, the culture asked for and the
/// cultures it has.
/// </summary>
internal static class JsonReportWriter
{
    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        var findings = files.SelectMany(file => file.Report.Findings.Select(f => new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["severity"] = SeverityNames.Of(f.Severity),
            ["wcag"] = JsonOutput.Array(f.Wcag),
            ["actRule"] = f.ActRule,
            ["culture"] = f.Culture,
            ["property"] = f.Property,
            ["snippet"] = f.Snippet,
            ["message"] = f.Message,
            ["hint"] = f.Hint,
            ["file"] = file.File.DisplayPath,
        }));
        var skipped = files.Where(f => f.Skipped is not null).Select(file => (JsonNode)new JsonObject
        {
            ["file"] = file.File.DisplayPath,
            ["culture"] = file.Skipped!.Culture,
            ["cultures"] = JsonOutput.Array(file.Skipped.Cultures),
        });
        JsonOutput.Write(new JsonObject { ["findings"] = JsonOutput.Array(findings), ["skipped"] = JsonOutput.Array(skipped) }, output);
    }
}
