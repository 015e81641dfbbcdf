using System.Globalization;
using System.Text;
using CarePages.Core.Schema;

namespace CarePages.Core.MarkdownExchange;

/// <summary>Writes one document's translatable fields as a Markdown exchange file for one target culture (format: <see cref="MarkdownFileFormat"/>).</summary>
public static class MarkdownFileWriter
{
    /// <summary>The file for <paramref name="fields"/>, with what the HTML to Markdown conversion reported, each prefixed with its field's id.</summary>
    public static Conversion Write(ExchangeFileHeader header, IEnumerable<ExchangeField> fields)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        var warnings = new List<ConversionWarning>();
        text.Append(MarkdownFileFormat.HeaderStart).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{MarkdownFileFormat.JobKey}: {header.JobId}\n")
            .Append(CultureInfo.InvariantCulture, $"{MarkdownFileFormat.DocumentKey}: {header.DocumentKey}\n")
            .Append(CultureInfo.InvariantCulture, $"{MarkdownFileFormat.SourceKey}: {header.SourceCulture}\n")
            .Append(CultureInfo.InvariantCulture, $"{MarkdownFileFormat.TargetKey}: {header.TargetCulture}\n")
            .Append(MarkdownFileFormat.CommentEnd).Append('\n')
            .Append(MarkdownFileFormat.Instructions).Append('\n');
        foreach (var field in fields)
        {
            text.Append('\n').Append(Marker(field)).Append('\n');
            var value = field.Kind == FieldKind.RichText ? HtmlToMarkdown.Convert(field.Value) : new Conversion(field.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), []);
            warnings.AddRange(value.Warnings.Select(w => w with { Element = $"{field.Id}: {w.Element}" }));
            if (value.Value.Length > 0)
            {
                text.Append(value.Value).Append('\n');
            }
        }

        return new Conversion(text.ToString(), warnings);
    }

    private static string Marker(ExchangeField field)
    {
        var kind = field.Kind switch
        {
            FieldKind.RichText => "rich text",
            FieldKind.MultilineText => "plain text, several lines",
            _ => "plain text, one line",
        };
        var limit = field.MaxLength is { } max ? string.Create(CultureInfo.InvariantCulture, $" | at most {max} characters") : string.Empty;
        return $"<!-- field: {field.Id} | {field.Label.Replace("--", "-", StringComparison.Ordinal)} | {kind}{limit} -->";
    }
}
