using System.CommandLine;
using CarePages.Cli.Output;
using CarePages.Cli.Translation;
using CarePages.Core.Translation.Exchange;

namespace CarePages.Cli.Commands;

/// <summary>
/// <c>carepages xliff import &lt;file&gt; [--languages &lt;culture&gt;…] [--replace-newer] [--database &lt;file&gt;] [--ui-culture &lt;culture&gt;]</c>: imports a returned XLIFF
/// or Markdown file into the demo store's drafts.
/// </summary>
internal static class XliffImportCommand
{
    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The returned XLIFF 1.2/2.x or Markdown file." };
        var languages = new Option<string[]>("--languages")
        {
            Description = "The cultures the importing user may work on (default: every culture of the store), to import as a translator limited to them.",
            AllowMultipleArgumentsPerToken = true,
        };
        var replaceNewer = new Option<bool>("--replace-newer")
        {
            Description = "Replace translations made after this file was exported (without it they are kept and the report shows each diff).",
        };
        var database = XliffStoreOptions.Database();
        var user = XliffStoreOptions.User();
        var uiCulture = UiCultureOption.Create("the report's labels");
        var command = new Command("import", "Imports a returned translation into the demo store as drafts (never published), each document all or "
            + "nothing, and prints a report per document and field. Exit code 0: every document applied; 1: some document or unit was "
            + "refused (see the report); 2: bad usage or the file was refused as a whole (one line on standard error).")
        {
            file, languages, replaceNewer, database, user, uiCulture,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            Path.GetFullPath(result.GetValue(file)!, environment.WorkingDirectory),
            result.GetValue(languages) ?? [],
            result.GetValue(replaceNewer),
            Path.GetFullPath(result.GetValue(database)!, environment.WorkingDirectory),
            result.GetValue(user)!,
            new CliLabels(UiCultureOption.Read(result, uiCulture)),
            environment,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string[] languages, bool replaceNewer, string databasePath, string user, CliLabels labels, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        var session = await DemoStoreSession.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        var actor = await session.ActorAsync(user, languages, cancellationToken).ConfigureAwait(false);
        TranslationImportReport report;
        await using (var stream = File.OpenRead(path))
        {
            report = await session.Import.ImportAsync(stream, actor, replaceNewer, cancellationToken).ConfigureAwait(false);
            report = await session.Import.LabelAsync(report, labels.UiCulture, cancellationToken).ConfigureAwait(false);
        }

        if (report.Documents.Count == 0)
        {
            throw new UsageException($"{Path.GetFileName(path)}: {report.Status}: {string.Join(" ", report.Messages)}");
        }

        await ImportReportTextWriter.WriteAsync(report, labels, environment.Output).ConfigureAwait(false);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Findings;
    }
}
