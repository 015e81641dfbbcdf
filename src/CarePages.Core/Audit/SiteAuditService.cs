using CarePages.Core.Checks;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;

namespace CarePages.Core.Audit;

/// <summary>
/// Works through a site audit run: lists every CarePages document by its change stamp, audits those that changed since
/// their last audit (content, rule settings, package version, or a review date coming into reach) on every core, and
/// saves each batch before taking the next, reporting progress after each. A run taken up again after an interruption
/// finds the documents already saved current and goes on from there.
/// </summary>
public sealed class SiteAuditService(
    ISiteContentSource source,
    IAuditResultStore results,
    IAuditRunStore runs,
    CheckEngine engine,
    TranslationExchangeOptions exchange,
    AuditOptions options,
    TimeProvider clock)
{
    /// <summary>
    /// Runs <paramref name="run"/>, which this worker has claimed, to its end, and returns it as stored last. Cancelling
    /// <paramref name="cancellationToken"/> (the host stopping) leaves it running, to be resumed; a cancel request ends it as cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AuditRun> ExecuteAsync(AuditRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await AuditAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failed = (await runs.GetAsync(run.Id, CancellationToken.None).ConfigureAwait(false) ?? run) with
            {
                State = AuditRunState.Failed,
                FinishedAt = clock.GetUtcNow(),
                Error = exception.Message,
            };
            return await runs.SaveProgressAsync(failed, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<AuditRun> AuditAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var owner = run.Owner;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var settingsStamp = AuditSettingsStamp.Of(engine, exchange.SourceCulture);
        var stamps = await source.GetStampsAsync(cancellationToken).ConfigureAwait(false);
        var states = await results.GetDocumentStatesAsync(cancellationToken).ConfigureAwait(false);
        var present = stamps.Select(s => s.Key).ToHashSet();
        if (states.Keys.Where(k => !present.Contains(k)).ToArray() is { Length: > 0 } gone)
        {
            await results.RemoveAsync(gone, cancellationToken).ConfigureAwait(false);
        }

        var due = stamps.Where(s => !states.TryGetValue(s.Key, out var state) || NeedsAudit(state, s, settingsStamp, today)).ToArray();

        // Taken up again: the documents audited before the interruption are current now, so they count as done.
        var total = run.Resumed > 0 && run.Total >= due.Length ? run.Total : due.Length;
        run = await runs.SaveProgressAsync(run with { Documents = stamps.Count, Total = total, Done = total - due.Length, HeartbeatAt = now }, cancellationToken).ConfigureAwait(false);
        if (!Holds(run, owner))
        {
            return run;
        }

        var auditor = new DocumentAuditor(engine, new ReviewWindow(engine), exchange.SourceCulture, settingsStamp, now);
        foreach (var batch in due.Chunk(Math.Max(1, options.BatchSize)))
        {
            if (run.CancelRequested)
            {
                return await FinishAsync(run, AuditRunState.Cancelled).ConfigureAwait(false);
            }

            run = await runs.SaveProgressAsync(run with { CurrentDocumentKey = batch[0].Key, CurrentDocumentName = null, HeartbeatAt = clock.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            if (!Holds(run, owner))
            {
                return run;
            }

            var audited = await AuditBatchAsync(auditor, batch, states, settingsStamp, today, cancellationToken).ConfigureAwait(false);
            await results.SaveAsync(audited.OfType<AuditDocumentResult>().ToArray(), cancellationToken).ConfigureAwait(false);
            if (batch.Where((_, i) => audited[i] is null).Select(s => s.Key).ToArray() is { Length: > 0 } deleted)
            {
                await results.RemoveAsync(deleted, cancellationToken).ConfigureAwait(false);
            }

            var last = audited.LastOrDefault(a => a is not null);
            run = await runs.SaveProgressAsync(run with
            {
                Done = run.Done + batch.Length,
                CulturesChecked = run.CulturesChecked + audited.Sum(a => a?.Checked.Count ?? 0),
                Unreadable = run.Unreadable + audited.Count(a => a is { Checked: [{ Fingerprint: "unreadable" }] }),
                CurrentDocumentKey = last?.State.Key,
                CurrentDocumentName = last?.Name,
                HeartbeatAt = clock.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
            if (!Holds(run, owner))
            {
                return run;
            }
        }

        return await FinishAsync(run, run.CancelRequested ? AuditRunState.Cancelled : AuditRunState.Completed).ConfigureAwait(false);
    }

    // Whether this worker still holds the run: another worker takes it up when this one stalls past the lease (the
    // store then writes nothing of this one's and gives the run back with its new owner), and then this one stops.
    private static bool Holds(AuditRun run, string? owner) => run.State == AuditRunState.Running && run.Owner == owner;

    private static bool NeedsAudit(AuditDocumentState state, SiteDocumentStamp stamp, string settingsStamp, DateOnly today) =>
        state.Stamp != stamp.Stamp || state.SettingsStamp != settingsStamp || state.RecheckOn <= today;

    private async Task<AuditDocumentResult?[]> AuditBatchAsync(
        DocumentAuditor auditor,
        SiteDocumentStamp[] batch,
        IReadOnlyDictionary<Guid, AuditDocumentState> states,
        string settingsStamp,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var stored = await results.GetCultureStatesAsync(batch.Select(s => s.Key).ToArray(), cancellationToken).ConfigureAwait(false);
        var audited = new AuditDocumentResult?[batch.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, batch.Length, parallel, async (i, token) =>
        {
            var stamp = batch[i];
            var state = states.GetValueOrDefault(stamp.Key);
            var force = state is not null && (state.SettingsStamp != settingsStamp || state.RecheckOn <= today);
            audited[i] = await AuditDocumentAsync(auditor, stamp, stored.GetValueOrDefault(stamp.Key) ?? [], force, token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return audited;
    }

    // Null: the document was deleted after it was listed.
    private async Task<AuditDocumentResult?> AuditDocumentAsync(DocumentAuditor auditor, SiteDocumentStamp stamp, IReadOnlyList<AuditCultureState> stored, bool force, CancellationToken cancellationToken)
    {
        try
        {
            if (await source.GetVersionsAsync(stamp.Key, cancellationToken).ConfigureAwait(false) is not { } versions)
            {
                return null;
            }

            return auditor.Audit(stamp, options.IncludePublished ? versions : versions with { Published = null }, stored, force, cancellationToken);
        }
#pragma warning disable CA1031 // A document that cannot be read or checked is a finding; the audit goes on with the others.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return auditor.Unreadable(stamp, exception.Message);
        }
    }

    private async Task<AuditRun> FinishAsync(AuditRun run, AuditRunState state) =>
        await runs.SaveProgressAsync(run with { State = state, FinishedAt = clock.GetUtcNow(), CurrentDocumentKey = null, CurrentDocumentName = null }, CancellationToken.None).ConfigureAwait(false);
}
