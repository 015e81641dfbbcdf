namespace CarePages.Core.Checks.Rules.Links;

/// <summary>The built-in links rules.</summary>
public static class LinkRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new LinkNameMissingRule(),
            new LinkTelMalformedRule(),
            new LinkTextGenericRule(),
            new LinkTextUrlRule(),
            new LinkDocumentUnannouncedRule(),
            new LinkNewWindowUnannouncedRule(),
            new LinkCalloutPageMissingRule(),
        ];
}
