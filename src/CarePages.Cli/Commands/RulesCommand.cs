using System.CommandLine;
using CarePages.Cli.Input;
using CarePages.Cli.Output;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli.Commands;

/// <summary><c>carepages rules [--format text|markdown|reference] [--ui-culture …]</c>: lists every built-in rule with its defaults, for writing settings.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format")
        {
            Description = "text; markdown (the README's table); or reference (the rules document, a section per rule, "
                + RuleReference.DocumentPath + ").",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "reference");
        var uiCulture = UiCultureOption.Create("each rule's sentence and the labels");
        var command = new Command("rules", "Lists every built-in rule: id, what it checks in one sentence, default severity, WCAG criteria, "
            + "ACT rule and the parameters that CarePages:Checks:Rules:<id>:Parameters can set, with their defaults.")
        {
            format, uiCulture,
        };
        command.SetAction(result =>
        {
            var culture = UiCultureOption.Read(result, uiCulture);
            var rules = SettingsLoader.DefaultEngine().Rules;
            var catalog = new RuleCatalog(rules, new CliLabels(culture));
            switch (result.GetValue(format))
            {
                case "markdown":
                    RulesMarkdownWriter.WriteTable(rules, catalog, environment.Output);
                    break;
                case "reference":
                    RulesMarkdownWriter.WriteReference(rules, catalog, environment.Output);
                    break;
                default:
                    RulesTextWriter.Write(rules, catalog, environment.Output);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
