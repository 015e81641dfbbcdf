namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// The valid <c>lang</c> of a page's <c>html</c> element must name the language of the culture being checked (its primary
/// subtag, case-insensitive): a Spanish page marked <c>lang="en"</c> is read with an English voice. Blank and invalid values are left
/// to <c>page-lang-missing</c> and <c>page-lang-invalid</c>. No ACT rule: it needs to know the culture being published.
/// </summary>
public sealed class PageLangMismatchRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "page-lang-mismatch",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["3.1.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Page;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var lang = context.Root.GetAttribute("lang");
        if (!string.IsNullOrWhiteSpace(lang) && LanguageSubtags.IsValid(lang)
            && !string.Equals(LanguageSubtags.PrimaryOf(lang), context.Language, StringComparison.OrdinalIgnoreCase))
        {
            findings.Report(PageLanguage.Snippet(context.Root), arguments: PageLanguage.Arguments(lang, context.Culture));
        }
    }
}
