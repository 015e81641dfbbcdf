using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using Visibility = CarePages.Core.Checks.Html.Visibility;

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
        foreach (var element in context.Index.Elements)
        {
            if (!TableGrid.IsExposed(element) || TableGrid.Build(element) is not { } grid)
            {
                continue;
            }

            var assigned = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
            foreach (var cell in grid.Cells)
            {
                foreach (var header in grid.HeadersOf(cell))
                {
                    assigned.Add(header.Element);
                }
            }

            foreach (var cell in grid.Cells)
            {
                if (cell.IsHeader && !assigned.Contains(cell.Element) && !Visibility.IsHidden(cell.Element)
                    && AccessibleName.Of(cell.Element).Length > 0)
                {
                    findings.Report(cell.Element);
                }
            }
        }
    }
}
