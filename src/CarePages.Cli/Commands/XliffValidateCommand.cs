using System.CommandLine;
using CarePages.Cli.Output;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Cli.Commands;

/// <summary><c>carepages xliff validate &lt;file&gt; [--format text|json] [--prefix name]…</c>: validates an XLIFF 1.2, 2.0, 2.1 or 2.2 file.</summary>
internal static class XliffValidateCommand
{
    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new Dictionary<string, ReportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
    };

    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file")
        {
            Description = "The XLIFF file (.xlf, .xliff) to validate.",
        };
        var format = new Option<string>("--format")
        {
            Description = "text, or json ({\"file\",\"version\",\"valid\",\"faultCount\",\"faults\":[…]}, every fault with line, column, code and message).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var prefix = new Option<string[]>("--prefix")
        {
            Description = "A fragment-identifier prefix an extension uses in ref (repeatable); the core, module and TC-registered (tbx) prefixes need none.",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };
        var uiCulture = UiCultureOption.Create("the text report's labels and why a file could not be read (the faults are in English, as the XLIFF specifications word them)");

        var command = new Command("validate", "Validates an XLIFF 1.2, 2.0, 2.1 or 2.2 file: the version's schemas and, for 2.x, the processing "
            + "requirements (unique ids, code pairing, references, languages…). Exit code 0: valid; 1: not valid XLIFF (the first faults, "
            + "with line:column); 2: bad usage, or a file that cannot be read or is not XML (one line on standard error).")
        {
            file, format, prefix, uiCulture,
        };
        command.SetAction(result => Run(
            result.GetValue(file)!,
            Formats[result.GetValue(format)!],
            new XliffValidationOptions { FragmentPrefixes = result.GetValue(prefix) ?? [] },
            new CliLabels(UiCultureOption.Read(result, uiCulture)),
            environment));
        return command;
    }

    /// <summary>Validates <paramref name="file"/> with <paramref name="options"/> and writes the report.</summary>
    /// <exception cref="UsageException">The file cannot be read, is too large, or is not XML.</exception>
    public static int Run(string file, ReportFormat format, XliffValidationOptions options, CliLabels labels, CliEnvironment environment)
    {
        var path = Path.GetFullPath(file, environment.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException($"{file}: no such file.");
        }

        var report = new XliffValidator(options).ValidateFile(path);
        if (report.Status != XliffValidationStatus.Checked)
        {
            throw new UsageException($"{file}: {report.Faults[0].Note?.In(labels.UiCulture) ?? report.Faults[0].Message}");
        }

        if (format == ReportFormat.Json)
        {
            XliffValidationJsonWriter.Write(file, report, environment.Output);
        }
        else
        {
            XliffValidationTextWriter.Write(file, report, labels, environment.Output);
        }

        return report.IsValid ? ExitCodes.Success : ExitCodes.Findings;
    }
}
