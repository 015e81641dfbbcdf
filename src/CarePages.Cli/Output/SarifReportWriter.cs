using System.Text.Json.Nodes;
using CarePages.Cli.Checking;
using CarePages.Cli.Input;
using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes SARIF 2.1.0 for code-scanning services: one run whose driver lists every rule that reported (name, one-sentence and full
/// description in the UI language, help page, WCAG criteria as tags), one result per finding located in its file (path relative to
/// the working directory), and a notification per document skipped for lack of the culture.
/// </summary>
internal sealed class SarifReportWriter
{
    /// <summary>The uriBaseId of file locations: the directory carepages ran in.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private readonly RuleCatalog _catalog;
    private readonly string _workingDirectory;

    /// <summary>Creates a writer.</summary>
    public SarifReportWriter(RuleCatalog catalog, string workingDirectory)
    {
        _catalog = catalog;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        var ruleIds = files.SelectMany(f => f.Report.Findings).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var results = new List<JsonNode>();
        foreach (var file in files)
        {
            var locator = new SourceLocator(file.File);
            results.AddRange(file.Report.Findings.Select(f => Result(f, ruleIds.IndexOf(f.RuleId), file, locator)));
        }

        var driver = new JsonObject
        {
            ["name"] = ToolInfo.Name,
            ["version"] = ToolInfo.Version,
            ["semanticVersion"] = ToolInfo.Version,
        };
        if (ToolInfo.InformationUri is { } informationUri)
        {
            driver["informationUri"] = informationUri;
        }

        driver["rules"] = JsonOutput.Array(ruleIds.Select(Rule));
        var run = new JsonObject
        {
            ["tool"] = new JsonObject { ["driver"] = driver },
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["executionSuccessful"] = true,
                ["toolExecutionNotifications"] = JsonOutput.Array(files.Where(f => f.Skipped is not null).Select(Skipped)),
            }),
            ["originalUriBaseIds"] = new JsonObject { [SourceRoot] = new JsonObject { ["uri"] = DirectoryUri(_workingDirectory) } },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = JsonOutput.Array(results),
        };
        JsonOutput.Write(new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        }, output);
    }

    private JsonObject Rule(string ruleId)
    {
        var descriptor = _catalog.Descriptor(ruleId);
        return new JsonObject
        {
            ["id"] = ruleId,
            ["name"] = RuleCatalog.Name(ruleId),
            ["shortDescription"] = new JsonObject { ["text"] = _catalog.Summary(ruleId) },
            ["fullDescription"] = new JsonObject { ["text"] = _catalog.FullDescription(ruleId) },
            ["helpUri"] = RuleCatalog.HelpUri(descriptor),
            ["defaultConfiguration"] = new JsonObject { ["level"] = SeverityNames.SarifLevel(descriptor.DefaultSeverity) },
            ["properties"] = new JsonObject { ["tags"] = JsonOutput.Array(descriptor.Wcag.Select(sc => "WCAG " + sc)) },
        };
    }

    private JsonObject Result(Finding finding, int ruleIndex, FileReport file, SourceLocator locator)
    {
        var (line, column) = locator.Locate(finding);
        var region = new JsonObject { ["startLine"] = line, ["startColumn"] = column };
        if (finding.Snippet.Length > 0)
        {
            region["snippet"] = new JsonObject { ["text"] = finding.Snippet };
        }

        var location = new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = ArtifactLocation(file.File.FullPath),
                ["region"] = region,
            },
        };
        if (finding.Property is not null)
        {
            location["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["name"] = finding.Property,
                ["fullyQualifiedName"] = finding.Property,
                ["kind"] = "property",
            });
        }

        return new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = SeverityNames.SarifLevel(finding.Severity),
            ["message"] = new JsonObject { ["text"] = finding.Hint.Length > 0 ? finding.Message + " " + finding.Hint : finding.Message },
            ["locations"] = new JsonArray(location),
            ["properties"] = Properties(finding),
        };
    }

    private JsonObject Skipped(FileReport file) => new()
    {
        ["level"] = "note",
        ["message"] = new JsonObject
        {
            ["text"] = _catalog.Labels.Text(
                "file.skipped", ("file", file.File.DisplayPath), ("culture", file.Skipped!.Culture), ("cultures", string.Join(", ", file.Skipped.Cultures))),
        },
        ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = ArtifactLocation(file.File.FullPath) } }),
    };

    // The message's arguments sit beside culture, WCAG and ACT, so tools can read e.g. a readability finding's formula and score.
    private static JsonObject Properties(Finding finding)
    {
        var properties = new JsonObject
        {
            ["culture"] = finding.Culture,
            ["wcag"] = JsonOutput.Array(finding.Wcag),
            ["actRule"] = finding.ActRule,
        };
        if (finding.Arguments.Count > 0)
        {
            properties["arguments"] = new JsonObject(finding.Arguments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
        }

        return properties;
    }

    // Relative to the working directory when the file is under it; an absolute file URI otherwise.
    private JsonObject ArtifactLocation(string fullPath)
    {
        if (InputFiles.RelativePath(fullPath, _workingDirectory) is not { } relative)
        {
            return new JsonObject { ["uri"] = new Uri(fullPath).AbsoluteUri };
        }

        var uri = string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
        return new JsonObject { ["uri"] = uri, ["uriBaseId"] = SourceRoot };
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
