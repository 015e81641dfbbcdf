using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>
/// Tables used for layout in rich text: screen readers announce rows and columns that mean nothing, and the layout breaks on
/// phones. See <see cref="TableLayout"/> for the signs (presentation role, nested table, heading in a cell, one single cell, one row
/// or column of block content); the message says which one was found. Layout tables inside a reported one are not reported again.
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
        var hidden = context.Shared(static _ => new HiddenElements());
        var insideLayout = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        foreach (var table in context.Index.InOrder)
        {
            if (table.LocalName != "table" || hidden.IsHidden(table))
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

            // Only the outermost layout table is reported: removing it is the fix, and the tables inside go with it.
            var enclosing = EnclosingTable(table);
            var covered = enclosing is not null && insideLayout.GetValueOrDefault(enclosing);
            insideLayout[table] = covered || variant is not null;
            if (variant is not null && !covered)
            {
                findings.Report(table, variant);
            }
        }
    }

    private static IElement? EnclosingTable(IElement table)
    {
        for (var ancestor = table.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "table")
            {
                return ancestor;
            }
        }

        return null;
    }
}
