using System.CommandLine;
using System.CommandLine.Invocation;
using CarePages.Cli.Commands;

namespace CarePages.Cli;

/// <summary>
/// The <c>carepages</c> command line, callable in-process: it writes the report to <c>output</c>, any error as one line to
/// <c>error</c>, and returns the exit code (see <see cref="ExitCodes"/>). No exception escapes.
/// </summary>
public static class CarePagesCli
{
    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="workingDirectory">The directory relative paths start from; the process's current directory when null.</param>
    /// <returns>An exit code as <see cref="ExitCodes"/> describes.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var environment = new CliEnvironment(output, Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory))
            {
                Error = error,
                ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected,
            };
            var root = new RootCommand("Checks CarePages content for accessibility and clinical problems, scores the checks against the W3C ACT test cases, validates XLIFF files, pre-fills translations and audits the whole demo site.")
            {
                CheckCommand.Create(environment),
                ActCommand.Create(environment),
                RulesCommand.Create(environment),
                XliffCommand.Create(environment),
                TranslateCommand.Create(environment),
                AuditCommand.Create(environment),
            };

            // No response files: a path starting with @ is a path.
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Action is ParseErrorAction)
            {
                error.WriteLine($"{ToolInfo.Name}: {OneLine(parsed.Errors[0].Message)} Run '{ToolInfo.Name} --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException exception)
        {
            error.WriteLine($"{ToolInfo.Name}: {OneLine(exception.Message)}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The promise is one line and exit code 2, never a stack trace, whatever went wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"{ToolInfo.Name}: unexpected error ({exception.GetType().Name}): {OneLine(exception.Message)}");
            return ExitCodes.BadInput;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
