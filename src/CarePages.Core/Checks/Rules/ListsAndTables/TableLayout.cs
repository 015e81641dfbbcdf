using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// Tells layout tables from data tables, from markup alone. A <c>table</c> is a layout table when it has
/// <c>role="presentation"</c>/<c>none</c>; otherwise, when it has no header cell, caption or summary (any of those says "data"):
/// when a cell holds another table or a heading, when it is one single cell, or when it is one row or one column whose cells hold
/// block content (lists, images, figures, media, quotes, or two or more paragraphs). A single paragraph per cell is what rich-text
/// editors put in ordinary data cells, so it does not count.
/// </summary>
internal static class TableLayout
{
    /// <summary>The strongest sign that <paramref name="table"/> is a layout table, or <see cref="TableLayoutSign.None"/>.</summary>
    public static TableLayoutSign SignOf(IElement table)
    {
        if (Roles.ExplicitRole(table) is "presentation" or "none")
        {
            return TableLayoutSign.Presentation;
        }

        if (table is not IHtmlTableElement html || Roles.ExplicitRole(table) is not null || html.Caption is not null
            || !string.IsNullOrWhiteSpace(table.GetAttribute("summary")))
        {
            return TableLayoutSign.None;
        }

        var rows = html.Rows;
        var cellCount = 0;
        var maxColumns = 0;
        var blockContent = false;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            maxColumns = Math.Max(maxColumns, cells.Length);
            foreach (var cell in cells)
            {
                cellCount++;
                if (TableGrid.IsHeaderCell(cell))
                {
                    return TableLayoutSign.None;
                }

                switch (Content(cell))
                {
                    case TableLayoutSign.Nested:
                        return TableLayoutSign.Nested;
                    case TableLayoutSign.Headings:
                        return TableLayoutSign.Headings;
                    case TableLayoutSign.Columns:
                        blockContent = true;
                        break;
                }
            }
        }

        if (cellCount == 1)
        {
            return TableLayoutSign.SingleCell;
        }

        return blockContent && (rows.Length == 1 || maxColumns == 1) ? TableLayoutSign.Columns : TableLayoutSign.None;
    }

    // Nested for a table inside, Headings for a heading, Columns for other block content, None for text and inline content.
    private static TableLayoutSign Content(IElement cell)
    {
        var paragraphs = 0;
        var block = false;
        var stack = new Stack<IElement>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != cell)
            {
                if (element.LocalName == "table")
                {
                    return TableLayoutSign.Nested;
                }

                if (Roles.HeadingLevel(element) > 0)
                {
                    return TableLayoutSign.Headings;
                }

                block |= element.LocalName is "ul" or "ol" or "dl" or "img" or "figure" or "picture" or "video" or "audio" or "iframe" or "blockquote"
                    || (element.LocalName == "p" && ++paragraphs > 1);
            }

            foreach (var child in ChildrenOf.ElementsLastFirst(element))
            {
                stack.Push(child);
            }
        }

        return block ? TableLayoutSign.Columns : TableLayoutSign.None;
    }
}
