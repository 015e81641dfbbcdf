using AngleSharp.Dom;
using CarePages.Core.RichText;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Writes a cleaned table as a GFM pipe table. Its first row is the header row (a first row of data cells is
/// reported, since it comes back as a header); cells hold inline content, their paragraphs joined by line breaks.
/// </summary>
internal sealed class MarkdownTableWriter(List<ConversionWarning> warnings)
{
    /// <summary>The pipe table, or an empty string for a table without rows.</summary>
    public string Write(IElement table)
    {
        var rows = table.Children.SelectMany(group => group.Children).Where(r => r.LocalName == "tr").ToArray();
        if (rows.Length == 0)
        {
            return string.Empty;
        }

        if (rows[0].ParentElement?.LocalName != "thead")
        {
            warnings.Add(new ConversionWarning("table", ExchangeNote.Keyed(ConversionMessages.TableWithoutHeader)));
        }

        var columns = rows.Max(r => r.Children.Length);
        if (rows[0].Children.Length < columns)
        {
            warnings.Add(new ConversionWarning("table", ExchangeNote.Keyed(ConversionMessages.TableHeaderPadded)));
        }

        var lines = new List<string> { Row(rows[0], columns), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)) };
        lines.AddRange(rows.Skip(1).Select(r => Row(r, columns)));
        return string.Join('\n', lines);
    }

    /// <summary>One row; short rows are padded so that the header row defines every column.</summary>
    private string Row(IElement row, int columns)
    {
        var cells = row.Children.Select(Cell).ToList();
        cells.AddRange(Enumerable.Repeat(string.Empty, columns - cells.Count));

        return "| " + string.Join(" | ", cells) + " |";
    }

    private string Cell(IElement cell)
    {
        if (cell.Children.Any(RichTextCleaner.IsBlock))
        {
            warnings.Add(new ConversionWarning(cell.LocalName, ExchangeNote.Keyed(ConversionMessages.CellBlocksAsLines)));
        }

        return MarkdownInlineWriter.Write(cell.ChildNodes, singleLine: true);
    }
}
