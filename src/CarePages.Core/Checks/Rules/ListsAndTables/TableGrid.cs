using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// The grid of an HTML table (rows, <c>colspan</c>, <c>rowspan</c>, row groups) or of an ARIA table or grid (<c>role="row"</c> and
/// cell roles, one slot per cell), and which header cells the HTML "assigning header cells" algorithm gives each cell: the
/// <c>headers</c> attribute when present, otherwise scanning left and up with <c>scope</c> and opaque header blocks, plus row group
/// headers. Column group headers are treated as column headers (colgroup elements are not modelled).
/// </summary>
internal sealed class TableGrid
{
    /// <summary>Largest grid (columns × rows) that is modelled; bigger tables are skipped rather than slowing publishing.</summary>
    public const int MaxSlots = 20_000;

    private const int Empty = -1;
    private const int Overlap = -2;

    private static readonly string[] CellRoles = ["cell", "gridcell", "columnheader", "rowheader"];

    private readonly List<int[]> _slots;
    private readonly bool[] _rowHasData;
    private readonly bool[] _columnHasData;
    private readonly Dictionary<string, TableCell> _byId = new(StringComparer.Ordinal);

    private TableGrid(IElement table, List<TableCell> cells, List<int[]> slots, int width)
    {
        Table = table;
        Cells = cells;
        _slots = slots;
        Width = width;
        _rowHasData = new bool[slots.Count];
        _columnHasData = new bool[width];
        foreach (var cell in cells)
        {
            if (cell.Element.Id is { Length: > 0 } id)
            {
                _byId.TryAdd(id, cell);
            }

            if (!cell.IsHeader)
            {
                for (var y = cell.Y; y < cell.Y + cell.Height; y++)
                {
                    _rowHasData[y] = true;
                }

                for (var x = cell.X; x < cell.X + cell.Width; x++)
                {
                    _columnHasData[x] = true;
                }
            }
        }
    }

    /// <summary>The table (or ARIA table/grid) element.</summary>
    public IElement Table { get; }

    /// <summary>Every cell, in tree order.</summary>
    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height => _slots.Count;

    /// <summary>True when <paramref name="element"/> is a <c>table</c> or has an explicit role of table, grid or treegrid.</summary>
    public static bool IsTable(IElement element) =>
        Roles.ExplicitRole(element) is "table" or "grid" or "treegrid" || (element.LocalName == "table" && Roles.ExplicitRole(element) is null);

    /// <summary>
    /// True when <paramref name="table"/> is a table assistive technology exposes: a table, grid or treegrid role (a <c>table</c>
    /// with <c>role="presentation"</c>/<c>none</c> is a layout table) and not hidden.
    /// </summary>
    public static bool IsExposed(IElement table) => IsTable(table) && !Visibility.IsHidden(table);

    /// <summary>The nearest ancestor of <paramref name="cell"/> that is a <c>table</c> element or has a table, grid or treegrid role.</summary>
    public static IElement? ClosestTable(IElement cell)
    {
        for (var ancestor = cell.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "table" || IsTable(ancestor))
            {
                return ancestor;
            }
        }

        return null;
    }

    /// <summary>The grid of <paramref name="table"/>, or null when it is larger than <see cref="MaxSlots"/>.</summary>
    public static TableGrid? Build(IElement table) =>
        table is IHtmlTableElement html ? BuildHtml(html) : BuildAria(table);

    /// <summary>True when <paramref name="cell"/> has a <c>role</c> of columnheader or rowheader, or is a <c>th</c> without another role.</summary>
    public static bool IsHeaderCell(IElement cell) =>
        Roles.ExplicitRole(cell) is { } role ? role is "columnheader" or "rowheader" : cell.LocalName == "th";

    /// <summary>True when <paramref name="cell"/> has no element and no text but white space (the HTML "empty cell").</summary>
    public static bool IsEmptyCell(IElement cell) => cell.ChildElementCount == 0 && string.IsNullOrWhiteSpace(cell.TextContent);

    /// <summary>The header cells assigned to <paramref name="principal"/>, empty cells and the cell itself left out.</summary>
    public IReadOnlyCollection<TableCell> HeadersOf(TableCell principal)
    {
        var headers = new List<TableCell>();
        if (principal.Element.GetAttribute("headers") is { } ids)
        {
            foreach (var id in ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_byId.TryGetValue(id, out var cell))
                {
                    headers.Add(cell);
                }
            }
        }
        else
        {
            for (var y = principal.Y; y < principal.Y + principal.Height; y++)
            {
                Scan(principal, principal.X, y, -1, 0, headers);
            }

            for (var x = principal.X; x < principal.X + principal.Width; x++)
            {
                Scan(principal, x, principal.Y, 0, -1, headers);
            }

            foreach (var cell in Cells)
            {
                if (cell.IsHeader && Scope(cell) == "rowgroup" && cell.RowGroup == principal.RowGroup
                    && cell.X < principal.X && cell.Y <= principal.Y + principal.Height - 1)
                {
                    headers.Add(cell);
                }
            }
        }

        return headers.Where(h => h != principal && !IsEmptyCell(h.Element)).Distinct().ToList();
    }

    /// <summary>True when <paramref name="cell"/> heads its column: <c>scope="col"</c>, or automatic with no data cell in its rows.</summary>
    public bool IsColumnHeader(TableCell cell) =>
        Heads(cell, "columnheader", "col", automatic: !AnyTrue(_rowHasData, cell.Y, cell.Height));

    /// <summary>True when <paramref name="cell"/> heads its row: <c>scope="row"</c>, or automatic, not a column header, with no data cell in its columns.</summary>
    public bool IsRowHeader(TableCell cell) =>
        Heads(cell, "rowheader", "row", automatic: !IsColumnHeader(cell) && !AnyTrue(_columnHasData, cell.X, cell.Width));

    // An explicit columnheader/rowheader role decides; otherwise the scope (its group form included), and "automatic" when there is none.
    private static bool Heads(TableCell cell, string role, string scope, bool automatic)
    {
        if (!cell.IsHeader)
        {
            return false;
        }

        if (Roles.ExplicitRole(cell.Element) is "columnheader" or "rowheader")
        {
            return Roles.ExplicitRole(cell.Element) == role;
        }

        var declared = Scope(cell);
        return declared == "auto" ? automatic : declared == scope || declared == scope + "group";
    }

    /// <summary>The cell whose element is <paramref name="id"/>'s owner in this table, or null.</summary>
    public TableCell? CellWithId(string id) => _byId.GetValueOrDefault(id);

    private static string Scope(TableCell cell) => cell.Element.GetAttribute("scope")?.Trim().ToLowerInvariant() switch
    {
        "row" => "row",
        "col" => "col",
        "rowgroup" => "rowgroup",
        "colgroup" => "colgroup",
        _ => "auto",
    };

    private static bool AnyTrue(bool[] flags, int start, int length)
    {
        for (var i = start; i < start + length && i < flags.Length; i++)
        {
            if (flags[i])
            {
                return true;
            }
        }

        return false;
    }

    // The HTML "internal algorithm for scanning and assigning header cells".
    private void Scan(TableCell principal, int x, int y, int dx, int dy, List<TableCell> headers)
    {
        var opaque = new List<TableCell>();
        var inHeaderBlock = principal.IsHeader;
        var block = new List<TableCell>();
        if (principal.IsHeader)
        {
            block.Add(principal);
        }

        while (true)
        {
            x += dx;
            y += dy;
            if (x < 0 || y < 0)
            {
                return;
            }

            var index = y < _slots.Count && x < _slots[y].Length ? _slots[y][x] : Empty;
            if (index < 0)
            {
                continue;
            }

            var current = Cells[index];
            if (current.IsHeader)
            {
                inHeaderBlock = true;
                block.Add(current);
                var blocked = dx == 0
                    ? opaque.Exists(o => o.X == current.X && o.Width == current.Width) || !IsColumnHeader(current)
                    : opaque.Exists(o => o.Y == current.Y && o.Height == current.Height) || !IsRowHeader(current);
                if (!blocked)
                {
                    headers.Add(current);
                }
            }
            else if (inHeaderBlock)
            {
                inHeaderBlock = false;
                opaque.AddRange(block);
                block.Clear();
            }
        }
    }

    private static TableGrid? BuildHtml(IHtmlTableElement table)
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
                while (x < SlotsIn(slots, y) && slots[y][x] != Empty)
                {
                    x++;
                }

                var columns = Span(element.GetAttribute("colspan"), 1, 1000, 1);
                var rowSpan = Span(element.GetAttribute("rowspan"), 0, 65534, 1);
                var height = rowSpan == 0 ? groupEnd - y + 1 : Math.Min(rowSpan, groupEnd - y + 1);
                if ((long)Math.Max(width, x + columns) * rows.Count > MaxSlots)
                {
                    return null;
                }

                var cell = new TableCell(element, x, y, columns, height, IsHeaderCell(element), group);
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

    private static TableGrid? BuildAria(IElement table)
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
            if (IsTable(element))
            {
                continue;
            }

            if (role == "row")
            {
                row = element;
                y++;
                Grow(slots, y, 0);
            }
            else if (row is not null && Array.IndexOf(CellRoles, role) >= 0 && row.Contains(element))
            {
                var x = SlotsIn(slots, y);
                if ((long)(x + 1) * (y + 1) > MaxSlots)
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
        for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
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
                slots[y][x] = slots[y][x] == Empty ? index : Overlap;
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
            var grown = new int[width];
            Array.Fill(grown, Empty);
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
