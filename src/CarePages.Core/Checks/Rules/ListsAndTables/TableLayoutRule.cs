using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// Tables used for layout in rich text: screen readers announce rows and columns that mean nothing, and the layout breaks on
/// phones. See <see cref="TableLayout"/> for the signs (presentation role, nested table, heading in a cell, one single cell, one row
/// or column of block content); the message says which one was found.
/// </summary>
public sealed class TableLayoutRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "table-layout",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.3.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.RichTextField;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var table in context.Index.Elements)
        {
            if (table.LocalName != "table" || Visibility.IsHidden(table))
            {
                continue;
            }

            var variant = TableLayout.SignOf(table) switch
            {
                TableLayoutSign.Presentation => "presentation",
                TableLayoutSign.Nested => "nested",
                TableLayoutSign.Headings => "headings",
                TableLayoutSign.SingleCell => "single-cell",
                TableLayoutSign.Columns => "columns",
                _ => null,
            };
            if (variant is not null)
            {
                findings.Report(table, variant);
            }
        }
    }
}
