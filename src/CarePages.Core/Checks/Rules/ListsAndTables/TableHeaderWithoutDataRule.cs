using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// A header cell that heads nothing (ACT d0f69e): an exposed, visible, non-empty <c>th</c> or <c>columnheader</c>/<c>rowheader</c>
/// of an exposed table or grid that the HTML header-assignment algorithm (<see cref="TableGrid"/>: <c>headers</c>, <c>scope</c>,
/// <c>colspan</c>/<c>rowspan</c>) assigns to no other cell, typically a header above a column that has no cells, or one that every
/// cell's <c>headers</c> attribute leaves out. A warning: the table may still be understandable. Empty headers are left to
/// <c>table-header-empty</c>.
/// </summary>
public sealed class TableHeaderWithoutDataRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "table-header-without-data",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.1"],
        ActRule = "d0f69e",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var headers = new List<TableCell>();
        var hidden = context.Shared(static _ => new HiddenElements());
        foreach (var element in context.Index.InOrder)
        {
            if (!TableGrid.IsExposed(element, hidden) || TableGrid.Build(element) is not { } grid)
            {
                continue;
            }

            // Stop as soon as every header that matters has a cell: in a sound table that is after the first row of data.
            var unassigned = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
            foreach (var cell in grid.Cells)
            {
                if (cell.IsHeader && !hidden.IsHidden(cell.Element) && AccessibleName.Of(cell.Element).Length > 0)
                {
                    unassigned.Add(cell.Element);
                }
            }

            for (var i = 0; i < grid.Cells.Count && unassigned.Count > 0; i++)
            {
                grid.HeadersOf(i, headers);
                foreach (var header in headers)
                {
                    unassigned.Remove(header.Element);
                }
            }

            foreach (var cell in grid.Cells)
            {
                if (unassigned.Contains(cell.Element))
                {
                    findings.Report(cell.Element);
                }
            }
        }
    }
}
