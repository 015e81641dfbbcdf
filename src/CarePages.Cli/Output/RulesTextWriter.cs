using CarePages.Core.Checks;

namespace CarePages.Cli.Output;

/// <summary>Writes the rule list for people at a terminal.</summary>
internal static class RulesTextWriter
{
    public static void Write(CheckRuleSet rules, TextWriter output)
    {
        foreach (var rule in rules.All.Select(r => r.Descriptor))
        {
            output.WriteLine($"{rule.Id}  [{SeverityNames.Of(rule.DefaultSeverity)}]{(rule.EnabledByDefault ? string.Empty : " (off by default)")}");
            output.WriteLine($"  WCAG: {(rule.Wcag.Count == 0 ? "-" : string.Join(", ", rule.Wcag))}   ACT: {rule.ActRule ?? "-"}");
            foreach (var parameter in rule.Parameters)
            {
                output.WriteLine($"  {parameter.Name} = {parameter.DefaultValue}: {parameter.Description}");
            }
        }

        output.WriteLine();
        output.WriteLine($"{rules.All.Count} rules.");
    }
}
