namespace CarePages.Core.Checks.Rules.Text;

/// <summary>The built-in text rules.</summary>
public static class TextRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() => [];
}
