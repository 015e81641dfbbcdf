using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Documents;

namespace CarePages.Core.Tests.Checks.TestSupport;

/// <summary>Runs one or a few rules through the real engine, so tests see exactly what editors would.</summary>
internal static class RuleHarness
{
    public static CheckEngine Engine(ICheckRule rule, CheckOptions? options = null, DateOnly? today = null) =>
        new(new CheckRuleSetBuilder().Add(rule).Build(), options);

    /// <summary>Findings of <paramref name="rule"/> on <paramref name="html"/> as one rich-text field.</summary>
    public static IReadOnlyList<Finding> RichText(ICheckRule rule, string html, string culture = "en-GB", CheckOptions? options = null, string uiCulture = "en") =>
        Engine(rule, options).CheckRichText(html, new CheckRequest { Culture = culture, UiCulture = uiCulture }, "body").Findings;

    /// <summary>Findings of <paramref name="rule"/> on <paramref name="html"/> as a whole page.</summary>
    public static IReadOnlyList<Finding> Page(ICheckRule rule, string html, string culture = "en-GB", CheckOptions? options = null) =>
        Engine(rule, options).CheckPage(html, new CheckRequest { Culture = culture }).Findings;

    /// <summary>Findings of <paramref name="rule"/> on <paramref name="document"/>.</summary>
    public static IReadOnlyList<Finding> Document(ICheckRule rule, CultureDocument document, CheckRequest? request = null, CheckOptions? options = null) =>
        Engine(rule, options).CheckDocument(document, request ?? new CheckRequest { Culture = document.Culture }).Findings;

    /// <summary>Only the findings of <paramref name="ruleId"/> (engine findings such as culture warnings left out).</summary>
    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).ToList();
}
