namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>The built-in list and table rules.</summary>
public static class ListAndTableRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new ListFakeRule(),
            new TableHeaderMissingRule(),
            new TableHeaderEmptyRule(),
            new TableHeaderWithoutDataRule(),
            new TableHeadersAttributeRule(),
            new TableLayoutRule(),
        ];
}
