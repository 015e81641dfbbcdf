namespace CarePages.Core.Checks;

/// <summary>The one deterministic order of findings: culture, property, position, then the most severe, then rule id and text.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The shared instance.</summary>
    public static FindingOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = string.CompareOrdinal(x.Culture, y.Culture);
        if (order == 0) order = string.CompareOrdinal(x.Property ?? string.Empty, y.Property ?? string.Empty);
        if (order == 0) order = x.Position.CompareTo(y.Position);
        if (order == 0) order = y.Severity.CompareTo(x.Severity);
        if (order == 0) order = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (order == 0) order = string.CompareOrdinal(x.Snippet, y.Snippet);
        if (order == 0) order = string.CompareOrdinal(x.Message, y.Message);
        return order;
    }
}
