namespace CarePages.Core.Checks.Rules.Language;

/// <summary>The built-in language rules.</summary>
public static class LanguageRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new PageLangMissingRule(),
            new PageLangInvalidRule(),
            new PageLangMismatchRule(),
            new LangInvalidRule(),
            new RtlFragmentNotIsolatedRule(),
            new TextIdenticalToSourceRule(),
        ];
}
