namespace CarePages.Core.Checks.Rules.Text;

/// <summary>The built-in text rules: readability, sentence length, capitals, and the colour and spacing of inline styles.</summary>
public static class TextRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new TextReadabilityRule(),
            new TextSentenceLongRule(),
            new TextAllCapsRule(),
            new StyleContrastLowRule(),
            new StyleLetterSpacingRule(),
            new StyleWordSpacingRule(),
            new StyleLineHeightRule(),
        ];
}
