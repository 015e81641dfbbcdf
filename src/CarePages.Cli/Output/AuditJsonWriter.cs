using System.Text.Encodings.Web;
using System.Text.Json;
using CarePages.Core.Audit;

namespace CarePages.Cli.Output;

/// <summary>Writes the site audit as JSON: <c>{"summary": …, "findings": [ … ]}</c>, named as the HTTP API names them.</summary>
internal static class AuditJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="summary"/> and <paramref name="findings"/> and a final newline.</summary>
    public static void Write(AuditSummary summary, IReadOnlyList<AuditFindingView> findings, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(new { summary, findings }, Options));
}
