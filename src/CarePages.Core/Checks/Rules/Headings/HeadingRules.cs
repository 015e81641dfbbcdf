namespace CarePages.Core.Checks.Rules.Headings;

/// <summary>The built-in headings rules.</summary>
public static class HeadingRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new HeadingEmptyRule(),
            new HeadingH1InFieldRule(),
            new HeadingLevelSkippedRule(),
            new PageHeadingLevelSkippedRule(),
            new HeadingFakeRule(),
        ];
}
