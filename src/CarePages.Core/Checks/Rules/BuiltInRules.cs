namespace CarePages.Core.Checks.Rules;

/// <summary>Every rule the package ships, group by group, in the order they run.</summary>
public static class BuiltInRules
{
    /// <summary>New instances of every built-in rule.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            .. Images.ImageRules.Create(),
            .. Links.LinkRules.Create(),
            .. Headings.HeadingRules.Create(),
            .. ListsAndTables.ListAndTableRules.Create(),
            .. Language.LanguageRules.Create(),
            .. Text.TextRules.Create(),
            .. Clinical.ClinicalRules.Create(),
        ];
}
