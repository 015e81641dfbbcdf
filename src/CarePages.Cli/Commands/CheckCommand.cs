using System.CommandLine;
using System.Globalization;
using CarePages.Cli.Checking;
using CarePages.Cli.Input;
using CarePages.Cli.Output;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;

namespace CarePages.Cli.Commands;

/// <summary><c>carepages check &lt;file-or-folder&gt; --culture &lt;culture&gt; […]</c>: checks content files with the engine.</summary>
internal static class CheckCommand
{
    /// <summary>The <c>--field-kind</c> values.</summary>
    public static IReadOnlyDictionary<string, InputKind> Kinds { get; } = new Dictionary<string, InputKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["richtext"] = InputKind.RichText,
        ["page"] = InputKind.Page,
        ["document"] = InputKind.Document,
    };

    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new Dictionary<string, ReportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
        ["earl"] = ReportFormat.Earl,
    };

    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string>("file-or-folder")
        {
            Description = "A file, or a folder whose .html, .htm and .json files are all checked (recursively, in path order).",
        };
        var culture = new Option<string>("--culture")
        {
            Description = "The culture of the content, e.g. en-GB, es-ES or ar.",
            HelpName = "culture",
            Required = true,
        };
        var kind = new Option<string?>("--field-kind")
        {
            Description = "richtext: a fragment checked as one rich-text field; page: a whole rendered page; document: a Management API "
                + "create-document JSON file. Default: .json is a document, .html/.htm with <html or <!doctype a page, other .html/.htm richtext.",
        };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var format = new Option<string>("--format")
        {
            Description = "text, json ({\"findings\":[…]}, each with its file), sarif (SARIF 2.1.0) or earl (EARL JSON-LD).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var sourceCulture = new Option<string?>("--source-culture")
        {
            Description = "Documents only: the source culture, so rules can compare the translation with it (e.g. text left untranslated).",
            HelpName = "culture",
        };
        var uiCulture = UiCultureOption.Create("messages, hints and the report's own labels");
        var settings = new Option<string?>("--settings")
        {
            Description = "An appsettings.json whose CarePages:Checks section turns rules on or off, changes severities and thresholds.",
            HelpName = "appsettings.json",
        };
        var today = new Option<string?>("--today")
        {
            Description = "Today's date, so review-date checks give the same result on every run. Default: today (UTC).",
            HelpName = "yyyy-MM-dd",
        };

        var command = new Command("check", "Checks a file or every file in a folder; a document with no version in --culture is skipped "
            + "(listed in the report). Exit code 0: nothing checked blocks publishing; 1: at least one finding blocks publishing; 2: bad "
            + "usage, unreadable input, or every document skipped so nothing was checked (one line on standard error).")
        {
            path, culture, kind, format, sourceCulture, uiCulture, settings, today,
        };
        command.SetAction(result => Run(
            new CheckArguments(
                result.GetValue(path)!,
                result.GetValue(culture)!,
                result.GetValue(kind) is { } k ? Kinds[k] : null,
                Formats[result.GetValue(format)!],
                result.GetValue(sourceCulture),
                result.GetValue(uiCulture)!,
                result.GetValue(settings),
                result.GetValue(today)),
            environment));
        return command;
    }

    /// <summary>Checks the files <paramref name="arguments"/> name and writes the report.</summary>
    /// <exception cref="UsageException">Bad arguments or unreadable input.</exception>
    public static int Run(CheckArguments arguments, CliEnvironment environment)
    {
        RequireLanguageTag("--culture", arguments.Culture);
        RequireLanguageTag("--ui-culture", arguments.UiCulture);
        if (arguments.SourceCulture is not null)
        {
            RequireLanguageTag("--source-culture", arguments.SourceCulture);
        }

        var request = new CheckRequest { Culture = arguments.Culture, UiCulture = arguments.UiCulture, Today = ParseToday(arguments.Today) };
        var engine = arguments.SettingsPath is null ? SettingsLoader.DefaultEngine() : SettingsLoader.Engine(arguments.SettingsPath, environment.WorkingDirectory);

        // Everything is read and checked before anything is written, so bad input never leaves half a report behind.
        var checker = new ContentChecker(engine, request, arguments.SourceCulture);
        var reports = InputFiles.Resolve(arguments.Path, arguments.Kind, environment.WorkingDirectory).Select(checker.Check).ToList();
        var labels = new CliLabels(arguments.UiCulture);
        if (reports.Count > 0 && reports.All(r => r.Skipped is not null))
        {
            throw new UsageException(labels.Count("check.nothingChecked", reports.Count, ("culture", arguments.Culture)));
        }

        switch (arguments.Format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(reports, environment.Output);
                break;
            case ReportFormat.Sarif:
                new SarifReportWriter(new RuleCatalog(engine.Rules, labels), environment.WorkingDirectory).Write(reports, environment.Output);
                break;
            case ReportFormat.Earl:
                EarlReportWriter.Write(reports, environment.Output);
                break;
            default:
                TextReportWriter.Write(reports, labels, environment.Output);
                break;
        }

        return reports.Any(r => r.Report.HasBlockers) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Throws a usage error unless <paramref name="value"/> is a language tag.</summary>
    /// <exception cref="UsageException"><paramref name="value"/> is not a language tag.</exception>
    public static void RequireLanguageTag(string option, string value)
    {
        if (CultureSupport.Classify(value) == CultureStatus.Invalid)
        {
            throw new UsageException($"{option} '{value}' is not a language tag such as en-GB, es-ES or ar.");
        }
    }

    private static DateOnly? ParseToday(string? today)
    {
        if (today is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--today '{today}' is not a date written yyyy-MM-dd.");
    }
}
