using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePages.Cli.Output;

/// <summary>Writes JSON reports: indented, with non-ASCII text (Spanish, Arabic…) kept readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="node"/> and a final newline.</summary>
    public static void Write(JsonNode node, TextWriter output) => output.WriteLine(node.ToJsonString(Options));

    /// <summary>A JSON array of <paramref name="values"/>.</summary>
    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);

    /// <summary>A JSON array of <paramref name="nodes"/>.</summary>
    public static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
