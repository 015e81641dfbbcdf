using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>Lays out the cells of an HTML table or an ARIA table/grid into the slots of a <see cref="TableGrid"/>.</summary>
internal static class TableGridBuilder
{
    /// <summary>The grid of an HTML table: rows in row-group order, <c>colspan</c> and <c>rowspan</c>; null when larger than <see cref="TableGrid.MaxSlots"/>.</summary>
    public static TableGrid? BuildHtml(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        var cells = new List<TableCell>();
        var slots = new List<int[]>(rows.Count);
        var width = 0;
        var group = -1;
        var groupEnd = -1;
        for (var y = 0; y < rows.Count; y++)
        {
            if (y > groupEnd)
            {
                group++;
                groupEnd = y;
                while (groupEnd + 1 < rows.Count && rows[groupEnd + 1].ParentElement == rows[y].ParentElement)
                {
                    groupEnd++;
                }
            }

            var x = 0;
            foreach (var element in rows[y].Cells)
            {
                while (x < SlotsIn(slots, y) && slots[y][x] != TableGrid.Empty)
                {
                    x++;
                }

                var columns = Span(element.GetAttribute("colspan"), 1, 1000, 1);
                var rowSpan = Span(element.GetAttribute("rowspan"), 0, 65534, 1);
                var height = rowSpan == 0 ? groupEnd - y + 1 : Math.Min(rowSpan, groupEnd - y + 1);
                if ((long)Math.Max(width, x + columns) * rows.Count > TableGrid.MaxSlots)
                {
                    return null;
                }

                var cell = new TableCell(element, x, y, columns, height, TableGrid.IsHeaderCell(element), group);
                Place(slots, cell, cells.Count);
                cells.Add(cell);
                x += columns;
                width = Math.Max(width, x);
            }

            if (slots.Count <= y)
            {
                Grow(slots, y, 0);
            }
        }

        return new TableGrid(table, cells, Pad(slots, width), width);
    }

    /// <summary>The grid of an ARIA table or grid: one slot per cell of each <c>role="row"</c>; null when larger than <see cref="TableGrid.MaxSlots"/>.</summary>
    public static TableGrid? BuildAria(IElement table)
    {
        var cells = new List<TableCell>();
        var slots = new List<int[]>();
        var width = 0;
        var y = -1;
        IElement? row = null;
        var stack = new Stack<IElement>();
        PushChildren(stack, table);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var role = Roles.ExplicitRole(element);
            if (TableGrid.IsTable(element))
            {
                continue;
            }

            if (role == "row")
            {
                row = element;
                y++;
                Grow(slots, y, 0);
            }
            else if (row is not null && Array.IndexOf(TableGrid.CellRoles, role) >= 0 && row.Contains(element))
            {
                var x = SlotsIn(slots, y);
                if ((long)(x + 1) * (y + 1) > TableGrid.MaxSlots)
                {
                    return null;
                }

                var cell = new TableCell(element, x, y, 1, 1, role is "columnheader" or "rowheader", 0);
                Place(slots, cell, cells.Count);
                cells.Add(cell);
                width = Math.Max(width, x + 1);
                continue;
            }

            PushChildren(stack, element);
        }

        return new TableGrid(table, cells, Pad(slots, width), width);
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        foreach (var child in ChildrenOf.ElementsLastFirst(element))
        {
            stack.Push(child);
        }
    }

    private static int Span(string? value, int min, int max, int fallback) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var span)
            ? Math.Clamp(span, min, max)
            : fallback;

    private static int SlotsIn(List<int[]> slots, int y) => y < slots.Count ? slots[y].Length : 0;

    private static void Place(List<int[]> slots, TableCell cell, int index)
    {
        for (var y = cell.Y; y < cell.Y + cell.Height; y++)
        {
            Grow(slots, y, cell.X + cell.Width);
            for (var x = cell.X; x < cell.X + cell.Width; x++)
            {
                slots[y][x] = slots[y][x] == TableGrid.Empty ? index : TableGrid.Overlap;
            }
        }
    }

    private static void Grow(List<int[]> slots, int y, int width)
    {
        while (slots.Count <= y)
        {
            slots.Add([]);
        }

        if (slots[y].Length < width)
        {
            var grown = new int[Math.Max(width, slots[y].Length * 2)];
            Array.Fill(grown, TableGrid.Empty);
            slots[y].CopyTo(grown, 0);
            slots[y] = grown;
        }
    }

    private static List<int[]> Pad(List<int[]> slots, int width)
    {
        for (var y = 0; y < slots.Count; y++)
        {
            Grow(slots, y, width);
        }

        return slots;
    }
}
