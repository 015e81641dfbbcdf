using System.CommandLine;
using CarePages.Cli.Auditing;
using CarePages.Cli.Output;
using CarePages.Cli.Translation;
using CarePages.Core.Audit;
using CarePages.Core.Audit.Export;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli.Commands;

/// <summary>
/// <c>carepages audit [--format text|json|sarif] [--severity …] [--culture …] [--rule …] [--fail-on block|warn|none]
/// [--published] [--database &lt;file&gt;] [--user &lt;name&gt;] [--ui-culture …]</c>: audits every document of the demo
/// store in every culture, in this process, and reports the whole site.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Documents saved together: small, so that Ctrl+C ends the run within moments.</summary>
    private const string BatchSize = "10";

    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new Dictionary<string, ReportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
    };

    /// <summary>The <c>--severity</c> and <c>--fail-on</c> values (<c>none</c>: <c>--fail-on</c> only).</summary>
    public static IReadOnlyDictionary<string, FindingSeverity?> Severities { get; } = new Dictionary<string, FindingSeverity?>(StringComparer.OrdinalIgnoreCase)
    {
        ["info"] = FindingSeverity.Info,
        ["warn"] = FindingSeverity.Warn,
        ["block"] = FindingSeverity.Block,
        ["none"] = null,
    };

    /// <summary>Creates the command, writing to <paramref name="environment"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "text (a summary), json (the summary and the matching findings) or sarif (SARIF 2.1.0 of the matching findings).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var severity = new Option<string?>("--severity") { Description = "Only findings of at least this severity: info, warn or block." };
        severity.AcceptOnlyFromAmong(["info", "warn", "block"]);
        var cultures = new Option<string[]>("--culture") { Description = "Only findings in this culture (repeatable), e.g. es-ES.", AllowMultipleArgumentsPerToken = true };
        var rule = new Option<string?>("--rule") { Description = "Only this rule's findings, e.g. image-alt-missing ('carepages rules' lists them)." };
        var failOn = new Option<string>("--fail-on") { Description = "The least severity of a matching finding that makes the exit code 1: block (default), warn or none.", DefaultValueFactory = _ => "block" };
        failOn.AcceptOnlyFromAmong(["block", "warn", "none"]);
        var published = new Option<bool>("--published") { Description = "Report on the published pages instead of the latest saved drafts." };
        var database = XliffStoreOptions.Database();
        var user = XliffStoreOptions.User();
        var uiCulture = UiCultureOption.Create("the report and the progress");
        var command = new Command("audit", "Audits every document of the demo store in every culture, drafts and published pages, checking again "
            + "only what changed since the last audit, and reports the whole site. Progress goes to standard error; Ctrl+C cancels the "
            + "run after its current batch, keeping what it audited. Exit code 0: no matching finding at or above --fail-on; 1: at "
            + "least one; 2: bad usage or the audit failed; 3: another audit of the store is running (its progress on standard "
            + "error); 130: cancelled.")
        {
            format, severity, cultures, rule, failOn, published, database, user, uiCulture,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new AuditArguments(
                Path.GetFullPath(result.GetValue(database)!, environment.WorkingDirectory),
                result.GetValue(user)!,
                Formats[result.GetValue(format)!],
                result.GetValue(published) ? AuditedVersion.Published : AuditedVersion.Draft,
                result.GetValue(severity) is { } least ? Severities[least] : null,
                result.GetValue(cultures) ?? [],
                result.GetValue(rule),
                Severities[result.GetValue(failOn)!],
                UiCultureOption.Read(result, uiCulture)),
            environment,
            cancellationToken));
        return command;
    }

    /// <summary>Audits the store <paramref name="arguments"/> names and writes the report; <paramref name="interrupt"/> cancels the run.</summary>
    /// <exception cref="UsageException">Bad arguments, an unreadable store, or the audit failed.</exception>
    public static async Task<int> RunAsync(AuditArguments arguments, CliEnvironment environment, CancellationToken interrupt)
    {
        var labels = new CliLabels(arguments.UiCulture);
        var session = await DemoStoreSession.OpenAsync(arguments.DatabasePath, CancellationToken.None, new Dictionary<string, string?> { ["CarePages:Audit:BatchSize"] = BatchSize }).ConfigureAwait(false);
        var query = await QueryAsync(arguments, session).ConfigureAwait(false);
        var outcome = await new CliAuditRunner(session, new AuditProgressWriter(environment.Error, environment.ErrorIsTerminal, labels)).RunAsync(arguments.User, interrupt).ConfigureAwait(false);
        var run = outcome.Run!;
        switch (outcome.Status, run.State)
        {
            case (AuditRunOperationStatus.AlreadyActive, _):
                await environment.Error.WriteLineAsync($"{ToolInfo.Name}: {Progress(labels, "audit.alreadyActive", run)}").ConfigureAwait(false);
                return ExitCodes.AuditAlreadyRunning;
            case (_, AuditRunState.Cancelled):
                await environment.Error.WriteLineAsync($"{ToolInfo.Name}: {Progress(labels, "audit.cancelled", run)}").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            case (_, AuditRunState.Failed):
                throw new UsageException(labels.Text("audit.failed", ("error", run.Error ?? string.Empty)));
        }

        await WriteReportAsync(arguments, session, query, environment.Output).ConfigureAwait(false);
        return arguments.FailOn is { } failOn
            && (await session.AuditResults.GetFindingsAsync(query with { MinimumSeverity = Max(query.MinimumSeverity, failOn), Take = 1 }, cancellationToken: CancellationToken.None).ConfigureAwait(false)).Total > 0
            ? ExitCodes.Findings
            : ExitCodes.Success;
    }

    private static async Task WriteReportAsync(AuditArguments arguments, DemoStoreSession session, AuditQuery query, TextWriter output)
    {
        var results = session.AuditResults;
        if (arguments.Format == ReportFormat.Text)
        {
            var summary = await results.GetSummaryAsync(new AuditScope { Version = arguments.Version }).ConfigureAwait(false);
            var matching = (await results.GetFindingsAsync(query with { Take = 1 }).ConfigureAwait(false)).Total;
            AuditTextWriter.Write(Filtered(summary, query), matching, new CliLabels(arguments.UiCulture), output);
            return;
        }

        var findings = await results.StreamFindingsAsync(query, arguments.UiCulture).ToListAsync().ConfigureAwait(false);
        if (arguments.Format == ReportFormat.Sarif)
        {
            SarifWriter.Write(output, AuditSarif.Run(session.Engine, arguments.UiCulture, ToolInfo.Sarif), findings.Select(AuditSarif.Result));
            return;
        }

        AuditJsonWriter.Write(Filtered(await results.GetSummaryAsync(new AuditScope { Version = arguments.Version }).ConfigureAwait(false), query), findings, output);
    }

    // The filters as a query, checked against the store before anything runs.
    private static async Task<AuditQuery> QueryAsync(AuditArguments arguments, DemoStoreSession session)
    {
        if (arguments.RuleId is { } rule && !RuleReference.Exists(session.Engine.Rules, rule))
        {
            throw new UsageException($"--rule {rule}: no such rule; 'carepages rules' lists them.");
        }

        var cultures = new List<string>();
        foreach (var culture in arguments.Cultures)
        {
            CheckCommand.RequireLanguageTag("--culture", culture);
            cultures.Add(await session.ResolveCultureAsync(culture, CancellationToken.None).ConfigureAwait(false));
        }

        return new AuditQuery { Version = arguments.Version, RuleId = arguments.RuleId, MinimumSeverity = arguments.MinimumSeverity, Cultures = cultures };
    }

    // The summary's cultures and rules as the filters narrow them.
    private static AuditSummary Filtered(AuditSummary summary, AuditQuery query)
    {
        var cultures = query.Cultures.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return summary with
        {
            Counts = summary.Counts with
            {
                Cultures = summary.Counts.Cultures.Where(c => cultures.Count == 0 || cultures.Contains(c.Culture)).ToArray(),
                Rules = summary.Counts.Rules.Where(r => (query.RuleId is null || r.RuleId == query.RuleId) && (query.MinimumSeverity is null || r.Severity >= query.MinimumSeverity)).ToArray(),
            },
        };
    }

    private static string Progress(CliLabels labels, string key, AuditRun run) => labels.Text(
        key,
        ("state", labels.Text("audit.state." + run.State)),
        ("done", run.Done.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("total", run.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("requestedBy", run.RequestedBy),
        ("trigger", run.Trigger));

    private static FindingSeverity Max(FindingSeverity? filter, FindingSeverity failOn) => filter is { } least && least > failOn ? least : failOn;
}
