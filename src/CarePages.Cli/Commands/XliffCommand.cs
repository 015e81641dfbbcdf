using System.CommandLine;

namespace CarePages.Cli.Commands;

/// <summary>
/// <c>carepages xliff &lt;subcommand&gt;</c>: the translation-exchange commands. Each subcommand is its own class with a
/// <c>Create(CliEnvironment)</c>; add it to <see cref="Subcommands"/>.
/// </summary>
internal static class XliffCommand
{
    /// <summary>Creates the <c>xliff</c> group with every subcommand, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("xliff", "Works with XLIFF files exchanged with translators: validate, and export and import against the demo store.");
        foreach (var subcommand in Subcommands(environment))
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands(CliEnvironment environment) =>
    [
        XliffValidateCommand.Create(environment),
        XliffExportCommand.Create(environment),
        XliffImportCommand.Create(environment),
    ];
}
