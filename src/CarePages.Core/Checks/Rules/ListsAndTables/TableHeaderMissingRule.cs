using AngleSharp.Html.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// A data table needs header cells (<c>th</c>, or <c>role="columnheader"</c>/<c>rowheader</c>), or screen-reader users hear values
/// without knowing what they are. Applies to exposed <c>table</c> elements with at least two rows and some text that
/// <see cref="TableLayout"/> does not take for layout tables (those get <c>table-layout</c> instead).
/// </summary>
public sealed class TableHeaderMissingRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "table-header-missing",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var hidden = context.Shared(static _ => new HiddenElements());
        foreach (var element in context.Index.InOrder)
        {
            // By name first: asking every element whether it is a table scans each one's interfaces.
            if (element.LocalName != "table" || element is not IHtmlTableElement table || !TableGrid.IsExposed(table, hidden) || table.Rows.Length < 2
                || TableLayout.SignOf(table) != TableLayoutSign.None)
            {
                continue;
            }

            var cells = table.Rows.SelectMany(r => r.Cells).ToList();
            if (!cells.Exists(TableGrid.IsHeaderCell) && cells.Exists(c => HtmlText.Of(c, 1).Length > 0))
            {
                findings.Report(table);
            }
        }
    }
}
