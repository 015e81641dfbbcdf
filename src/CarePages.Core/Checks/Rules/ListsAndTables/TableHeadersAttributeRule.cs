using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// The <c>headers</c> attribute of a <c>td</c> or <c>th</c> must name only the ids of other cells of the same table (ACT a25f45):
/// ids that do not exist, that belong to another table, to an element that is not a cell, or to the cell itself are ignored by
/// browsers, so the cell loses its headers. Applies to cells of exposed <c>table</c> elements (table, grid or treegrid role, not hidden).
/// </summary>
public sealed class TableHeadersAttributeRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "table-headers-attr-outside",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1"],
        ActRule = "a25f45",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var grids = new Dictionary<IElement, TableGrid?>(ReferenceEqualityComparer.Instance);
        var hidden = context.Shared(static _ => new HiddenElements());
        foreach (var cell in context.Index.InOrder)
        {
            if (cell.LocalName is not ("td" or "th") || cell.GetAttribute("headers") is not { } headers || TableGrid.ClosestTable(cell) is not { LocalName: "table" } table)
            {
                continue;
            }

            if (!grids.TryGetValue(table, out var grid))
            {
                grids[table] = grid = TableGrid.IsExposed(table, hidden) ? TableGrid.Build(table) : null;
            }

            if (grid is null)
            {
                continue;
            }

            var ids = headers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var outside = ids.Where(id => grid.IndexOfId(id) < 0).ToList();
            if (outside.Count > 0)
            {
                findings.Report(cell, arguments: new Dictionary<string, string> { ["ids"] = string.Join(' ', outside) });
            }
            else if (Array.Exists(ids, id => grid.Cells[grid.IndexOfId(id)].Element == cell))
            {
                findings.Report(cell, "self");
            }
        }
    }
}
