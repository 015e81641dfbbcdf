using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>Writes the rule list for people at a terminal: per rule its defaults and one plain sentence in the UI language.</summary>
internal static class RulesTextWriter
{
    public static void Write(CheckRuleSet rules, RuleCatalog catalog, TextWriter output)
    {
        var labels = catalog.Labels;
        foreach (var rule in rules.All.Select(r => r.Descriptor))
        {
            output.WriteLine($"{rule.Id}  [{SeverityNames.Of(rule.DefaultSeverity)}]{(rule.EnabledByDefault ? string.Empty : $" ({labels.Text("rules.offByDefault")})")}");
            output.WriteLine($"  {catalog.Summary(rule.Id)}");
            output.WriteLine($"  WCAG: {(rule.Wcag.Count == 0 ? "-" : string.Join(", ", rule.Wcag))}   ACT: {rule.ActRule ?? "-"}");
            foreach (var parameter in rule.Parameters)
            {
                output.WriteLine($"  {parameter.Name} = {parameter.DefaultValue}: {parameter.Description}");
            }
        }

        output.WriteLine();
        output.WriteLine(labels.Count("rules.count", rules.All.Count));
    }
}
