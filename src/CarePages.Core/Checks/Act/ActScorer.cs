using System.Text;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Act;

/// <summary>
/// Runs the engine on every ACT case of the rules it maps, as a whole page, and scores it the W3C way:
/// a failed case needs at least one finding mapped to its rule; passed and inapplicable cases need none.
/// </summary>
public sealed class ActScorer
{
    private readonly CheckEngine _engine;

    /// <summary>Creates a scorer over <paramref name="engine"/>.</summary>
    public ActScorer(CheckEngine engine) => _engine = engine;

    /// <summary>The ACT rule ids the engine's rules map to.</summary>
    public IReadOnlySet<string> MappedRules =>
        _engine.Rules.All.Select(r => r.Descriptor.ActRule).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scores every mapped rule of <paramref name="suite"/>, ordered by ACT rule id.</summary>
    public IReadOnlyList<ActRuleScore> Score(ActTestSuite suite)
    {
        var mapped = MappedRules;
        return suite.Cases
            .Where(c => mapped.Contains(c.RuleId))
            .GroupBy(c => c.RuleId, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ScoreRule(g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>Runs one case.</summary>
    public ActCaseResult Run(ActTestCase testCase)
    {
        var html = File.ReadAllText(testCase.FilePath, Encoding.UTF8);
        var culture = PageLanguage(html);
        var findings = _engine.CheckPage(html, new CheckRequest { Culture = culture }).Findings
            .Where(f => string.Equals(f.ActRule, testCase.RuleId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new ActCaseResult(testCase, findings.Count > 0, findings);
    }

    private ActRuleScore ScoreRule(string ruleId, IReadOnlyList<ActTestCase> cases)
    {
        var rules = _engine.Rules.ForActRule(ruleId).Select(r => r.Descriptor).ToList();
        var limitation = rules.Select(r => r.ActLimitation).FirstOrDefault(l => l is not null);
        return new ActRuleScore(ruleId, cases[0].RuleName, rules.Select(r => r.Id).ToList(), cases.Select(Run).ToList(), limitation);
    }

    // Cases are written in English unless the page says otherwise; a malformed lang must not stop the page being checked.
    private static string PageLanguage(string html)
    {
        var lang = HtmlInput.ParsePage(html).DocumentElement.GetAttribute("lang")?.Trim();
        return lang is not null && Engine.CultureSupport.Classify(lang) == Engine.CultureStatus.Supported ? lang : "en";
    }
}
