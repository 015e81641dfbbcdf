using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CarePages.Core.Checks.Reports;

/// <summary>
/// Writes SARIF 2.1.0 for code-scanning services, the one writer of every CarePages SARIF report (the command line's
/// <c>check</c> and <c>audit</c>, the site audit's export): one run whose driver lists the rules (name, descriptions,
/// help page, default level, WCAG criteria as tags), one result per finding with its level, message and hint, location,
/// culture, WCAG criteria, ACT rule and message arguments, and the run's notifications. Results are written as they come,
/// so a long list need not be held in memory.
/// </summary>
public static class SarifWriter
{
    /// <summary>The <c>$schema</c> of every log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    private const int ResultsPerFlush = 200;

    // Indented, with non-ASCII text (Spanish, Arabic…) kept readable.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The SARIF level of <paramref name="severity"/>: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string LevelOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Block => "error",
        FindingSeverity.Warn => "warning",
        _ => "note",
    };

    /// <summary>Writes the log of <paramref name="run"/> and <paramref name="results"/> to <paramref name="output"/>, and a final newline.</summary>
    public static void Write(TextWriter output, SarifRun run, IEnumerable<SarifResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var rules = Begin(writer, run);
            foreach (var result in results)
            {
                WriteResult(writer, result, rules);
            }

            End(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes the log of <paramref name="run"/> and <paramref name="results"/> to <paramref name="output"/> as UTF-8, flushing as it goes.</summary>
    public static async Task WriteAsync(Stream output, SarifRun run, IAsyncEnumerable<SarifResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        var writer = new Utf8JsonWriter(output, Options);
        await using (writer.ConfigureAwait(false))
        {
            var rules = Begin(writer, run);
            var written = 0;
            await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteResult(writer, result, rules);
                if (++written % ResultsPerFlush == 0)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            End(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Everything before the results; returns each rule's index.
    private static Dictionary<string, int> Begin(Utf8JsonWriter writer, SarifRun run)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", run.Tool.Name);
        writer.WriteString("version", run.Tool.Version);
        writer.WriteString("semanticVersion", run.Tool.Version);
        if (run.Tool.InformationUri is { } informationUri)
        {
            writer.WriteString("informationUri", informationUri);
        }

        writer.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        WriteInvocation(writer, run.Notifications);
        if (run.OriginalUriBaseIds.Count > 0)
        {
            writer.WriteStartObject("originalUriBaseIds");
            foreach (var (id, uri) in run.OriginalUriBaseIds)
            {
                writer.WriteStartObject(id);
                writer.WriteString("uri", uri.AbsoluteUri);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < run.Rules.Count; i++)
        {
            indexes.TryAdd(run.Rules[i].Id, i);
        }

        return indexes;
    }

    private static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, SarifRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", RuleReference.Name(rule.Id));
        WriteText(writer, "shortDescription", rule.ShortDescription);
        if (rule.FullDescription is { } full)
        {
            WriteText(writer, "fullDescription", full);
        }

        writer.WriteString("helpUri", rule.HelpUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", LevelOf(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        WriteStrings(writer, "tags", rule.Wcag.Select(sc => "WCAG " + sc));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, IReadOnlyList<SarifNotification> notifications)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var notification in notifications)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "note");
            WriteText(writer, "message", notification.Message);
            if (notification.Location is { } location)
            {
                writer.WriteStartArray("locations");
                WriteLocation(writer, location);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, SarifResult result, Dictionary<string, int> rules)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", result.RuleId);
        if (rules.TryGetValue(result.RuleId, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", LevelOf(result.Severity));
        WriteText(writer, "message", result.Hint.Length > 0 ? result.Message + " " + result.Hint : result.Message);
        writer.WriteStartArray("locations");
        WriteLocation(writer, result.Location);
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("culture", result.Culture);
        WriteStrings(writer, "wcag", result.Wcag);
        writer.WriteString("actRule", result.ActRule);
        if (result.Arguments.Count > 0)
        {
            writer.WriteStartObject("arguments");
            foreach (var (name, value) in result.Arguments)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        foreach (var (name, value) in result.Properties)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, SarifLocation location)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", location.ArtifactUri);
        if (location.UriBaseId is { } baseId)
        {
            writer.WriteString("uriBaseId", baseId);
        }

        writer.WriteEndObject();
        if (location.StartLine is { } line)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", line);
            writer.WriteNumber("startColumn", location.StartColumn ?? 1);
            if (location.Snippet.Length > 0)
            {
                WriteText(writer, "snippet", location.Snippet);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (location.LogicalLocations.Count > 0)
        {
            writer.WriteStartArray("logicalLocations");
            foreach (var logical in location.LogicalLocations)
            {
                writer.WriteStartObject();
                writer.WriteString("name", logical.Name);
                writer.WriteString("fullyQualifiedName", logical.FullyQualifiedName);
                writer.WriteString("kind", logical.Kind);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
