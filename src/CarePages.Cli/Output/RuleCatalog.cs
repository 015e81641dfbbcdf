using System.Globalization;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli.Output;

/// <summary>What reports say about a rule as a whole: its descriptor, name, plain-sentence summary, full description and where to read more.</summary>
internal sealed class RuleCatalog
{
    private readonly CheckRuleSet _rules;
    private readonly CliLabels _labels;

    /// <summary>Creates a catalogue over <paramref name="rules"/>, describing rules in the language of <paramref name="labels"/>.</summary>
    public RuleCatalog(CheckRuleSet rules, CliLabels labels)
    {
        _rules = rules;
        _labels = labels;
    }

    /// <summary>The labels rules are described with.</summary>
    public CliLabels Labels => _labels;

    /// <summary>The descriptor of a rule or engine finding; a bare one for an id nobody knows.</summary>
    public CheckRuleDescriptor Descriptor(string ruleId) => RuleReference.Descriptor(_rules, ruleId);

    /// <summary>The rule as SARIF describes it, with its <see cref="FullDescription"/>.</summary>
    public SarifRule SarifRule(string ruleId) => Core.Checks.Reports.SarifRule.Of(Descriptor(ruleId), _labels.UiCulture, FullDescription(ruleId));

    /// <summary>One plain sentence saying what the rule checks, in the UI language; the id for a rule without one.</summary>
    public string Summary(string ruleId) => RuleSummaries.Of(ruleId, _labels.UiCulture) is { Length: > 0 } summary ? summary : ruleId;

    /// <summary>The summary followed by the rule's default severity, WCAG criteria, ACT rule and parameters with their defaults.</summary>
    public string FullDescription(string ruleId)
    {
        var rule = Descriptor(ruleId);
        var parts = new List<string> { Summary(ruleId), _labels.Text("rule.defaultSeverity", ("severity", SeverityNames.Of(rule.DefaultSeverity))) };
        if (!rule.EnabledByDefault)
        {
            parts.Add(_labels.Text("rule.offByDefault"));
        }

        if (rule.Wcag.Count > 0)
        {
            parts.Add(_labels.Text("rule.wcag", ("criteria", string.Join(", ", rule.Wcag))));
        }

        if (rule.ActRule is { } act)
        {
            parts.Add(_labels.Text("rule.act", ("act", act)));
        }

        if (rule.Parameters.Count > 0)
        {
            var parameters = string.Join("; ", rule.Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} = {p.DefaultValue}")));
            parts.Add(_labels.Text("rule.parameters", ("id", ruleId), ("parameters", parameters)));
        }

        return string.Join(" ", parts);
    }
}
