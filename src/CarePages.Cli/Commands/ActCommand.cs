using System.CommandLine;
using CarePages.Cli.Input;
using CarePages.Cli.Output;
using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Commands;

/// <summary><c>carepages act --testcases &lt;folder&gt; […]</c>: scores the built-in rules against the W3C ACT test cases.</summary>
internal static class ActCommand
{
    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new Dictionary<string, ReportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["earl"] = ReportFormat.Earl,
    };

    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var testCases = new Option<string>("--testcases")
        {
            Description = "A folder holding the W3C ACT testcases.json and its case files, itself or below it (e.g. ../shared/standards/act-rules).",
            HelpName = "folder",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "text, json (per-rule scores and totals) or earl (EARL JSON-LD, one assertion per test case).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var uiCulture = UiCultureOption.Create("the text report's labels (rule names and case titles stay as the W3C words them)");

        var command = new Command("act", "Runs every W3C ACT test case of the ACT rules carepages' rules map, as whole pages, and reports per rule the "
            + "cases, agreements, false positives, misses and the W3C label. Exit code 0: no false positive; 1: at least one; 2: bad input.")
        {
            testCases, format, uiCulture,
        };
        command.SetAction(result => Run(result.GetValue(testCases)!, Formats[result.GetValue(format)!], new CliLabels(UiCultureOption.Read(result, uiCulture)), environment));
        return command;
    }

    /// <summary>Scores the engine on the cases under <paramref name="folder"/> and writes the report.</summary>
    /// <exception cref="UsageException">No readable test-case list or case file.</exception>
    public static int Run(string folder, ReportFormat format, CliLabels labels, CliEnvironment environment)
    {
        var engine = SettingsLoader.DefaultEngine();
        IReadOnlyList<ActRuleScore> scores;
        try
        {
            var suite = ActTestSuite.Load(Path.GetFullPath(folder, environment.WorkingDirectory));
            scores = new ActScorer(engine).Score(suite);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new UsageException($"--testcases {folder}: {exception.Message}", exception);
        }

        switch (format)
        {
            case ReportFormat.Json:
                ActJsonWriter.Write(scores, environment.Output);
                break;
            case ReportFormat.Earl:
                ActEarlWriter.Write(scores, new RuleCatalog(engine.Rules, labels), environment.Output);
                break;
            default:
                ActTextWriter.Write(scores, labels, environment.Output);
                break;
        }

        return scores.Any(s => s.FalsePositives > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
