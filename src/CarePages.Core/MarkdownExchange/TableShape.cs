using AngleSharp.Dom;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Gives a table its canonical shape: the header row (the <c>thead</c>'s, or a first row made only of <c>th</c>
/// cells) in <c>thead</c>, every other row in <c>tbody</c>.
/// </summary>
internal sealed class TableShape(IElement table, List<ConversionWarning> warnings)
{
    /// <summary>Rewrites the table's children.</summary>
    public void Restructure()
    {
        var header = new List<IElement>();
        var body = new List<IElement>();
        foreach (var child in table.ChildNodes.ToArray())
        {
            if (child is IElement { LocalName: "thead" } thead)
            {
                header.AddRange(thead.Children.Where(IsRow));
            }
            else if (child is IElement { LocalName: "tbody" or "tfoot" } group)
            {
                body.AddRange(group.Children.Where(IsRow));
            }
            else if (child is IElement row && IsRow(row))
            {
                body.Add(row);
            }
            else if (child.TextContent.Trim().Length > 0)
            {
                warnings.Add(new ConversionWarning("table", ExchangeNote.Keyed(ConversionMessages.TableTextRemoved, ("text", child.TextContent.Trim()))));
            }
        }

        if (header.Count == 0 && body.Count > 0 && body[0].Children.Length > 0 && body[0].Children.All(c => c.LocalName == "th"))
        {
            header.Add(body[0]);
            body.RemoveAt(0);
        }

        // The table holds at most a few groups; its rows are copied, since taking each out of its group would search the group.
        while (table.FirstChild is { } first)
        {
            table.RemoveChild(first);
        }

        Append("thead", header);
        Append("tbody", body);
    }

    private static bool IsRow(IElement element) => element.LocalName == "tr";

    private void Append(string groupName, List<IElement> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var group = table.Owner!.CreateElement(groupName);
        rows.ForEach(r => group.AppendChild(r.Parent is null ? r : r.Clone(deep: true)));
        table.AppendChild(group);
    }
}
