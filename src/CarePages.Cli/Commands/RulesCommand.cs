using System.CommandLine;
using CarePages.Cli.Output;
using CarePages.Core.Checks;

namespace CarePages.Cli.Commands;

/// <summary><c>carepages rules [--format text|markdown]</c>: lists every built-in rule with its defaults, for writing settings.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format")
        {
            Description = "text, or markdown (a table for documentation).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "Lists every built-in rule: id, default severity, WCAG criteria, ACT rule and the parameters "
            + "that CarePages:Checks:Rules:<id>:Parameters can set, with their defaults.")
        {
            format,
        };
        command.SetAction(result =>
        {
            var rules = CheckEngine.CreateDefault().Rules;
            if (result.GetValue(format) == "markdown")
            {
                RulesMarkdownWriter.Write(rules, environment.Output);
            }
            else
            {
                RulesTextWriter.Write(rules, environment.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
