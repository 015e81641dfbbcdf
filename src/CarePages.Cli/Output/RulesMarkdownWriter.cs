using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>Writes the rule list as a Markdown table (the README's rule table is made with it).</summary>
internal static class RulesMarkdownWriter
{
    public static void Write(CheckRuleSet rules, TextWriter output)
    {
        output.WriteLine("| rule | default | WCAG | ACT | parameters (default) |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var rule in rules.All.Select(r => r.Descriptor))
        {
            var parameters = rule.Parameters.Count == 0 ? string.Empty : string.Join("; ", rule.Parameters.Select(p => $"`{p.Name}` ({Cell(p.DefaultValue)})"));
            var severity = SeverityNames.Of(rule.DefaultSeverity) + (rule.EnabledByDefault ? string.Empty : ", off");
            output.WriteLine($"| `{rule.Id}` | {severity} | {string.Join(", ", rule.Wcag)} | {rule.ActRule ?? string.Empty} | {parameters} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
