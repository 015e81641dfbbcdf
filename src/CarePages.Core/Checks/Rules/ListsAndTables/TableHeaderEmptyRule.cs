using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// A header cell (<c>th</c>, or <c>role="columnheader"</c>/<c>rowheader</c>) of an exposed table with no text: screen readers
/// announce nothing as the header of its row or column. An empty top-left corner should be an ordinary <c>td</c>.
/// </summary>
public sealed class TableHeaderEmptyRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "table-header-empty",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var hidden = context.Shared(static _ => new HiddenElements());
        foreach (var cell in context.Index.InOrder)
        {
            if ((cell.LocalName is "th" || Roles.ExplicitRole(cell) is "columnheader" or "rowheader") && TableGrid.IsHeaderCell(cell)
                && TableGrid.ClosestTable(cell) is { } table && TableGrid.IsExposed(table, hidden) && !hidden.IsHidden(cell)
                && AccessibleName.Of(cell).Length == 0)
            {
                findings.Report(cell);
            }
        }
    }
}
