using System.CommandLine;
using CarePages.Cli.Output;
using CarePages.Cli.Translation;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;

namespace CarePages.Cli.Commands;

/// <summary>
/// <c>carepages xliff export --culture &lt;culture&gt; [--document &lt;key&gt;…] [--version 1.2|2.1|2.2|markdown]
/// [--copy-source] [--output &lt;folder&gt;] [--database &lt;file&gt;]</c>: exports documents of the demo store for translation.
/// </summary>
internal static class XliffExportCommand
{
    /// <summary>The <c>--version</c> values.</summary>
    public static IReadOnlyDictionary<string, ExchangeFormat> Versions { get; } = new Dictionary<string, ExchangeFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["1.2"] = ExchangeFormat.Xliff12,
        ["2.1"] = ExchangeFormat.Xliff21,
        ["2.2"] = ExchangeFormat.Xliff22,
        ["markdown"] = ExchangeFormat.Markdown,
    };

    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var culture = new Option<string>("--culture") { Description = "The one culture the file is translated into, e.g. fr-FR.", Required = true };
        var documents = new Option<string[]>("--document") { Description = "A document key to export (repeatable); every document when left out.", AllowMultipleArgumentsPerToken = true };
        var version = new Option<string>("--version") { Description = "1.2 (default), 2.1, 2.2, or markdown.", DefaultValueFactory = _ => "1.2" };
        version.AcceptOnlyFromAmong([.. Versions.Keys]);
        var copySource = new Option<bool>("--copy-source") { Description = "Fill empty targets with the source (OmegaT 3.6 only reads units that have a target)." };
        var output = new Option<string>("--output") { Description = "The folder to write the file(s) to.", DefaultValueFactory = _ => "." };
        var database = XliffStoreOptions.Database();
        var user = XliffStoreOptions.User();
        var uiCulture = UiCultureOption.Create("the command's own lines and its refusals");
        var command = new Command("export", "Exports documents of the demo store for translation into one culture: the fields not yet approved go "
            + "into one XLIFF file (or one Markdown file per document) and move to In translation. Exit code 0: written; 1: nothing to "
            + "translate; 2: bad usage or refused (one line on standard error).")
        {
            culture, documents, version, copySource, output, database, user, uiCulture,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new TranslationExportRequest
            {
                TargetCulture = result.GetValue(culture)!,
                DocumentKeys = ParseKeys(result.GetValue(documents) ?? []),
                Format = Versions[result.GetValue(version)!],
                CopySourceToTarget = result.GetValue(copySource),
            },
            Path.GetFullPath(result.GetValue(output)!, environment.WorkingDirectory),
            Path.GetFullPath(result.GetValue(database)!, environment.WorkingDirectory),
            result.GetValue(user)!,
            new CliLabels(UiCultureOption.Read(result, uiCulture)),
            environment,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TranslationExportRequest request, string outputFolder, string databasePath, string user, CliLabels labels, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var session = await DemoStoreSession.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        if (request.DocumentKeys.Count == 0)
        {
            request = request with { DocumentKeys = await session.Content.GetKeysAsync(cancellationToken).ConfigureAwait(false) };
        }

        request = request with { TargetCulture = await session.ResolveCultureAsync(request.TargetCulture, cancellationToken).ConfigureAwait(false) };
        var actor = await session.ActorAsync(user, [request.TargetCulture], cancellationToken).ConfigureAwait(false);
        var result = await session.Export.ExportAsync(request, actor, cancellationToken).ConfigureAwait(false);
        result = await session.Export.LabelAsync(result, labels.UiCulture, cancellationToken).ConfigureAwait(false);
        foreach (var message in result.Messages)
        {
            await environment.Output.WriteLineAsync(message).ConfigureAwait(false);
        }

        if (result.Status == TranslationExportStatus.NothingToTranslate)
        {
            return ExitCodes.Findings;
        }

        if (!result.Succeeded)
        {
            throw new UsageException(string.Join(" ", result.Messages));
        }

        Directory.CreateDirectory(outputFolder);
        foreach (var file in result.Files)
        {
            var path = Path.Combine(outputFolder, file.FileName);
            await File.WriteAllBytesAsync(path, file.Content.ToArray(), cancellationToken).ConfigureAwait(false);
            await environment.Output.WriteLineAsync(labels.Text("export.wrote", ("path", Path.GetRelativePath(environment.WorkingDirectory, path)))).ConfigureAwait(false);
        }

        var units = result.Job!.Export.Documents.Sum(d => d.Units.Count);
        await environment.Output.WriteLineAsync(labels.Text(
            "export.summary",
            ("job", result.Job.JobId),
            ("documents", labels.Count("export.documents", result.Job.Export.Documents.Count)),
            ("fields", labels.Count("export.fields", units)),
            ("source", result.Job.SourceCulture),
            ("target", result.Job.TargetCulture))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The <c>--document</c> keys.</summary>
    /// <exception cref="UsageException">A value is not a GUID.</exception>
    public static Guid[] ParseKeys(string[] keys) => keys
        .Select(k => Guid.TryParse(k, out var key) ? key : throw new UsageException($"--document {k}: not a document key (a GUID)."))
        .ToArray();
}
