using System.CommandLine;
using System.Globalization;
using CarePages.Cli.Output;
using CarePages.Cli.Translation;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.Apertium;

namespace CarePages.Cli.Commands;

/// <summary>
/// <c>carepages translate --engine apertium --culture &lt;culture&gt; [--document &lt;key&gt;…] [--apertium-url &lt;url&gt;]
/// [--database &lt;file&gt;] [--user &lt;name&gt;] [--ui-culture &lt;culture&gt;]</c>: pre-fills documents of the demo store with
/// machine translation as drafts, for translators to post-edit and reviewers to approve.
/// </summary>
internal static class TranslateCommand
{
    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var engine = new Option<string>("--engine") { Description = "The engine: apertium (apertium-apy, on this machine), deepl or azure (cloud services: their key from the environment, CarePages__MachineTranslation__DeepL__AuthKey or CarePages__MachineTranslation__Azure__Key and __Region), or none.", DefaultValueFactory = _ => "apertium" };
        engine.AcceptOnlyFromAmong([.. MachineTranslationEngines.All.Select(e => e.ToLowerInvariant())]);
        var culture = new Option<string>("--culture") { Description = "The culture to pre-fill, e.g. es-ES.", Required = true };
        var documents = new Option<string[]>("--document") { Description = "A document key to pre-fill (repeatable); every document when left out.", AllowMultipleArgumentsPerToken = true };
        var apertiumUrl = new Option<string>("--apertium-url") { Description = "Where apertium-apy answers.", DefaultValueFactory = _ => new ApertiumOptions().BaseAddress.ToString() };
        var database = XliffStoreOptions.Database();
        var user = XliffStoreOptions.User();
        var uiCulture = UiCultureOption.Create("the report");
        var command = new Command("translate", "Pre-fills the untranslated and outdated fields of documents of the demo store in one culture with "
            + "machine translation: saved as drafts marked machine-translated (never published), each document all or nothing. A translator "
            + "post-edits them and a reviewer of that language approves them before they can be published. Exit code 0: every document "
            + "pre-filled (or nothing to do); 1: some document or field could not be (see the report); 2: bad usage, or no engine for "
            + "the language, or the engine does not answer (one line on standard error).")
        {
            engine, culture, documents, apertiumUrl, database, user, uiCulture,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new Dictionary<string, string?>
            {
                [$"{MachineTranslationOptions.SectionName}:Engine"] = result.GetValue(engine),
                [$"{MachineTranslationOptions.SectionName}:Apertium:BaseAddress"] = result.GetValue(apertiumUrl),
                [$"{MachineTranslationOptions.SectionName}:DeepL:AuthKey"] = Environment.GetEnvironmentVariable("CarePages__MachineTranslation__DeepL__AuthKey"),
                [$"{MachineTranslationOptions.SectionName}:Azure:Key"] = Environment.GetEnvironmentVariable("CarePages__MachineTranslation__Azure__Key"),
                [$"{MachineTranslationOptions.SectionName}:Azure:Region"] = Environment.GetEnvironmentVariable("CarePages__MachineTranslation__Azure__Region"),
            },
            result.GetValue(culture)!,
            XliffExportCommand.ParseKeys(result.GetValue(documents) ?? []),
            Path.GetFullPath(result.GetValue(database)!, environment.WorkingDirectory),
            result.GetValue(user)!,
            new CliLabels(UiCultureOption.Read(result, uiCulture)),
            environment,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> settings, string culture, Guid[] keys, string databasePath, string user, CliLabels labels, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(settings[$"{MachineTranslationOptions.SectionName}:Apertium:BaseAddress"], UriKind.Absolute, out _))
        {
            throw new UsageException($"--apertium-url {settings[$"{MachineTranslationOptions.SectionName}:Apertium:BaseAddress"]}: not an absolute address such as http://127.0.0.1:2737/.");
        }

        var session = await DemoStoreSession.OpenAsync(databasePath, cancellationToken, settings).ConfigureAwait(false);
        var prefill = session.MachinePrefill;
        var target = await session.ResolveCultureAsync(culture, cancellationToken).ConfigureAwait(false);
        var documents = keys.Length > 0 ? keys : await session.Content.GetKeysAsync(cancellationToken).ConfigureAwait(false);
        var actor = await session.ActorAsync(user, [target], cancellationToken).ConfigureAwait(false);
        var report = await prefill.LabelAsync(await prefill.PrefillAsync(new MachinePrefillRequest(documents, target), actor, cancellationToken).ConfigureAwait(false), labels.UiCulture, cancellationToken).ConfigureAwait(false);
        if (report.Documents.Count == 0)
        {
            throw new UsageException($"{report.Status}: {string.Join(" ", report.Messages)}");
        }

        await ImportReportTextWriter.WriteDocumentsAsync(report.Documents, report.TargetCulture, labels, environment.Output).ConfigureAwait(false);
        await environment.Output.WriteLineAsync(labels.Count(
            "translate.summary",
            report.Documents.Count,
            ("engine", $"{report.Engine} ({report.EngineVersion})"),
            ("culture", report.TargetCulture),
            ("applied", report.Documents.Count(d => d.Applied).ToString(CultureInfo.InvariantCulture)),
            ("drafts", report.Documents.Sum(d => d.Fields.Count(f => f.Outcome == FieldImportOutcome.MachineTranslated)).ToString(CultureInfo.InvariantCulture)),
            ("status", labels.Text("prefill." + report.Status)))).ConfigureAwait(false);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Findings;
    }
}
