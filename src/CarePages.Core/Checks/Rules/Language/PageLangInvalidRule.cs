namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// The <c>lang</c> of a page's <c>html</c> element, when not blank, must start with a registered language subtag (ACT bf051a):
/// <c>en</c>, <c>es-ES</c> and <c>ar</c> are valid; <c>english</c>, <c>eng</c>, <c>en_GB</c> and <c>#1</c> are not. Only the primary
/// subtag is judged, as in the ACT rule.
/// </summary>
public sealed class PageLangInvalidRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "page-lang-invalid",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["3.1.1"],
        ActRule = "bf051a",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Page;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var lang = context.Root.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang) || LanguageSubtags.IsValid(lang))
        {
            return;
        }

        var arguments = PageLanguage.Arguments(lang, context.Culture);
        if (LanguageSubtags.TwoLetterFor(lang) is { } suggestion)
        {
            arguments["suggestion"] = suggestion;
            findings.Report(PageLanguage.Snippet(context.Root), variant: "three-letter", arguments: arguments);
        }
        else
        {
            findings.Report(PageLanguage.Snippet(context.Root), arguments: arguments);
        }
    }
}
