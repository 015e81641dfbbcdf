using System.Globalization;
using System.Text;

namespace CarePages.Core.Audit.Export;

/// <summary>
/// Writes the site audit's findings as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break quoted and their quotes doubled) in UTF-8 with a byte order mark, so that spreadsheet programs open Arabic and
/// Spanish text correctly. One header row, then one row per finding in the reader's language. A text field that a
/// spreadsheet would take for a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return)
/// gets a leading apostrophe, so opening the export never runs content as a formula.
/// </summary>
public static class AuditCsvWriter
{
    /// <summary>The media type of the export.</summary>
    public const string MediaType = "text/csv";

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Document key", "Document", "Document type", "Culture", "Version", "Severity", "Rule", "Field", "Field label",
        "Message", "Hint", "Snippet", "WCAG", "ACT rule", "Next review due", "Checked at",
    ];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and <paramref name="findings"/> to <paramref name="output"/> as they are read.</summary>
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditFindingView> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(findings);
        var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Row(Columns.Select(Quote))).ConfigureAwait(false);
            await foreach (var finding in findings.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(Row(Fields(finding))).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Fields(AuditFindingView finding) =>
    [
        finding.DocumentKey.ToString("D", CultureInfo.InvariantCulture),
        Text(finding.DocumentName),
        Text(finding.ContentTypeAlias),
        Text(finding.Culture),
        finding.Version.ToString(),
        finding.Severity.ToString(),
        Text(finding.RuleId),
        Text(finding.Property ?? string.Empty),
        Text(finding.PropertyLabel ?? string.Empty),
        Text(finding.Message),
        Text(finding.Hint),
        Text(finding.Snippet),
        Text(string.Join(" ", finding.Wcag)),
        Text(finding.ActRule ?? string.Empty),
        finding.NextReviewDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        finding.CheckedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    ];

    private static string Row(IEnumerable<string> fields) => string.Join(',', fields);

    // Content written by people: defused as a formula, then quoted as RFC 4180 asks.
    private static string Text(string value) => Quote(value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
