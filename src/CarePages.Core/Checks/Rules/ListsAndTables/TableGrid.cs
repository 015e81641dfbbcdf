using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CarePages.Core.Checks.Html;

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

    internal const int Empty = -1;
    internal const int Overlap = -2;

    internal static readonly string[] CellRoles = ["cell", "gridcell", "columnheader", "rowheader"];

    private readonly List<int[]> _slots;
    private readonly bool[] _rowHasData;
    private readonly bool[] _columnHasData;
    private readonly bool[] _columnHeader;
    private readonly bool[] _rowHeader;
    private readonly bool[] _emptyHeader;
    private readonly List<int> _rowGroupHeaders = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    // Reused by each scan, so that assigning headers to every cell allocates nothing per cell.
    private readonly List<int> _opaque = [];
    private readonly List<int> _block = [];

    internal TableGrid(IElement table, List<TableCell> cells, List<int[]> slots, int width)
    {
        Table = table;
        Cells = cells;
        _slots = slots;
        Width = width;
        _rowHasData = new bool[slots.Count];
        _columnHasData = new bool[width];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Element.Id is { Length: > 0 } id)
            {
                _byId.TryAdd(id, i);
            }

            if (!cell.IsHeader)
            {
                Array.Fill(_rowHasData, true, cell.Y, cell.Height);
                Array.Fill(_columnHasData, true, cell.X, cell.Width);
            }
        }

        _columnHeader = new bool[cells.Count];
        _rowHeader = new bool[cells.Count];
        _emptyHeader = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsHeader)
            {
                _columnHeader[i] = Heads(cell, "columnheader", "col", automatic: Array.IndexOf(_rowHasData, true, cell.Y, cell.Height) < 0);
                _rowHeader[i] = Heads(cell, "rowheader", "row", automatic: !_columnHeader[i] && Array.IndexOf(_columnHasData, true, cell.X, cell.Width) < 0);
                _emptyHeader[i] = IsEmptyCell(cell.Element);
                if (Scope(cell) == "rowgroup")
                {
                    _rowGroupHeaders.Add(i);
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
        Roles.ExplicitRole(element) is var role && (role is "table" or "grid" or "treegrid" || (role is null && element.LocalName == "table"));

    /// <summary>
    /// True when <paramref name="table"/> is a table assistive technology exposes: a table, grid or treegrid role (a <c>table</c>
    /// with <c>role="presentation"</c>/<c>none</c> is a layout table) and not hidden.
    /// </summary>
    public static bool IsExposed(IElement table, HiddenElements hidden) => IsTable(table) && !hidden.IsHidden(table);

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
        table is IHtmlTableElement html ? TableGridBuilder.BuildHtml(html) : TableGridBuilder.BuildAria(table);

    /// <summary>True when <paramref name="cell"/> has a <c>role</c> of columnheader or rowheader, or is a <c>th</c> without another role.</summary>
    public static bool IsHeaderCell(IElement cell) =>
        Roles.ExplicitRole(cell) is { } role ? role is "columnheader" or "rowheader" : cell.LocalName == "th";

    /// <summary>True when <paramref name="cell"/> has no element and no text but white space (the HTML "empty cell").</summary>
    public static bool IsEmptyCell(IElement cell) => cell.ChildElementCount == 0 && string.IsNullOrWhiteSpace(cell.TextContent);

    /// <summary>
    /// Fills <paramref name="headers"/> with the header cells assigned to the cell at <paramref name="principal"/> (its index in
    /// <see cref="Cells"/>), empty cells and the cell itself left out; a header may appear twice.
    /// </summary>
    public void HeadersOf(int principal, List<TableCell> headers)
    {
        headers.Clear();
        var cell = Cells[principal];
        if (cell.Element.GetAttribute("headers") is { } ids)
        {
            foreach (var id in ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_byId.TryGetValue(id, out var header))
                {
                    Add(header, principal, headers);
                }
            }

            return;
        }

        for (var y = cell.Y; y < cell.Y + cell.Height; y++)
        {
            Scan(principal, cell.X, y, -1, 0, headers);
        }

        for (var x = cell.X; x < cell.X + cell.Width; x++)
        {
            Scan(principal, x, cell.Y, 0, -1, headers);
        }

        foreach (var header in _rowGroupHeaders)
        {
            var candidate = Cells[header];
            if (candidate.RowGroup == cell.RowGroup && candidate.X < cell.X && candidate.Y <= cell.Y + cell.Height - 1)
            {
                Add(header, principal, headers);
            }
        }
    }

    /// <summary>The index in <see cref="Cells"/> of the cell whose element has <paramref name="id"/>, or -1.</summary>
    public int IndexOfId(string id) => _byId.GetValueOrDefault(id, -1);

    // An explicit columnheader/rowheader role decides; otherwise the scope (its group form included), and "automatic" when there is none.
    private static bool Heads(TableCell cell, string role, string scope, bool automatic)
    {
        if (Roles.ExplicitRole(cell.Element) is "columnheader" or "rowheader")
        {
            return Roles.ExplicitRole(cell.Element) == role;
        }

        var declared = Scope(cell);
        return declared == "auto" ? automatic : declared == scope || declared == scope + "group";
    }

    private static string Scope(TableCell cell) => cell.Element.GetAttribute("scope")?.Trim().ToLowerInvariant() switch
    {
        "row" => "row",
        "col" => "col",
        "rowgroup" => "rowgroup",
        "colgroup" => "colgroup",
        _ => "auto",
    };

    private void Add(int header, int principal, List<TableCell> headers)
    {
        var cell = Cells[header];
        if (header != principal && !(cell.IsHeader ? _emptyHeader[header] : IsEmptyCell(cell.Element)))
        {
            headers.Add(cell);
        }
    }

    // The HTML "internal algorithm for scanning and assigning header cells".
    private void Scan(int principal, int x, int y, int dx, int dy, List<TableCell> headers)
    {
        _opaque.Clear();
        _block.Clear();
        var inHeaderBlock = Cells[principal].IsHeader;
        if (inHeaderBlock)
        {
            _block.Add(principal);
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
                _block.Add(index);
                var blocked = dx == 0
                    ? !_columnHeader[index] || _opaque.Exists(o => Cells[o].X == current.X && Cells[o].Width == current.Width)
                    : !_rowHeader[index] || _opaque.Exists(o => Cells[o].Y == current.Y && Cells[o].Height == current.Height);
                if (!blocked)
                {
                    Add(index, principal, headers);
                }
            }
            else if (inHeaderBlock)
            {
                inHeaderBlock = false;
                _opaque.AddRange(_block);
                _block.Clear();
            }
        }
    }
}
