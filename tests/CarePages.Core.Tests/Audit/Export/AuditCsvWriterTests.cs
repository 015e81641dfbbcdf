using System.Text;
using CarePages.Core.Audit.Export;
using static CarePages.Core.Tests.Audit.Export.AuditExportFindings;

namespace CarePages.Core.Tests.Audit.Export;

public sealed class AuditCsvWriterTests
{
    [Fact]
    public async Task WriteAsync_ArabicFinding_Utf8WithBomHeaderRowAndCrlfLines()
    {
        var bytes = await WriteAsync(Arabic);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(',', AuditCsvWriter.Columns) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("الكيتامين عن طريق الأنف", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FieldsWithCommaQuotesAndLineBreak_AreQuotedWithQuotesDoubled()
    {
        var rows = Parse(Encoding.UTF8.GetString((await WriteAsync(Arabic))[3..]));

        Assert.Equal(2, rows.Count);
        Assert.Equal(AuditCsvWriter.Columns.Count, rows[1].Count);
        var row = AuditCsvWriter.Columns.Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(Arabic.Message, row["Message"]);
        Assert.Equal(Arabic.Hint, row["Hint"]);
        Assert.Equal(("92fad090-b178-4abd-bfd1-7a2b695c4f92", "ar", "Published", "Block", "image-alt-missing"), (row["Document key"], row["Culture"], row["Version"], row["Severity"], row["Rule"]));
        Assert.Equal(("2027-09-14", "2026-11-02T09:00:00Z"), (row["Next review due"], row["Checked at"]));
    }

    [Fact]
    public async Task WriteAsync_TextThatLooksLikeAFormula_StartsWithAnApostrophe()
    {
        var rows = Parse(Encoding.UTF8.GetString((await WriteAsync(Arabic))[3..]));

        Assert.Equal("'" + Arabic.Snippet, rows[1][AuditCsvWriter.Columns.ToList().IndexOf("Snippet")]);
    }

    [Fact]
    public async Task WriteAsync_NoFindings_OnlyTheHeaderRow()
    {
        var text = Encoding.UTF8.GetString((await WriteAsync())[3..]);

        Assert.Equal(string.Join(',', AuditCsvWriter.Columns) + "\r\n", text);
    }

    private static async Task<byte[]> WriteAsync(params Core.Audit.AuditFindingView[] findings)
    {
        using var output = new MemoryStream();
        await AuditCsvWriter.WriteAsync(output, Of(findings));
        return output.ToArray();
    }

    // A strict RFC 4180 reader: quoted fields may hold commas, CRLF and doubled quotes.
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
