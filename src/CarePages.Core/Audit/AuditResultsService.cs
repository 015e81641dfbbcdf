using System.Runtime.CompilerServices;
using CarePages.Core.Checks;
using CarePages.Core.Translation.Labels;

namespace CarePages.Core.Audit;

/// <summary>
/// Reads the stored audit for people: findings filtered and paged with their texts in the reader's language, the summary
/// counts, and the reviews to plan, classified against today's date and each document type's warning window.
/// </summary>
public sealed class AuditResultsService(IAuditResultStore results, IAuditRunStore runs, CheckEngine engine, TimeProvider clock)
{
    private readonly ReviewWindow _window = new(engine);

    /// <summary>The findings matching <paramref name="query"/>, with texts in <paramref name="uiCulture"/>.</summary>
    public async Task<AuditFindingViewPage> GetFindingsAsync(AuditQuery query, string uiCulture = "en", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = await results.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        return new AuditFindingViewPage(page.Total, query.Skip, page.Items.Select(row => View(row, uiCulture)).ToArray());
    }

    /// <summary>
    /// Every finding matching <paramref name="query"/> (its <see cref="AuditQuery.Skip"/> and <see cref="AuditQuery.Take"/>
    /// aside), with texts in <paramref name="uiCulture"/>, read a page of <see cref="AuditQuery.MaxTake"/> at a time for
    /// exports. A run saving meanwhile may move a finding between pages.
    /// </summary>
    public async IAsyncEnumerable<AuditFindingView> StreamFindingsAsync(AuditQuery query, string uiCulture = "en", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        for (var skip = 0; ; skip += AuditQuery.MaxTake)
        {
            var page = await results.QueryAsync(query with { Skip = skip, Take = AuditQuery.MaxTake }, cancellationToken).ConfigureAwait(false);
            foreach (var row in page.Items)
            {
                yield return View(row, uiCulture);
            }

            if (page.Items.Count < AuditQuery.MaxTake || skip + page.Items.Count >= page.Total)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The counts of the stored findings and language versions in <paramref name="scope"/> (the whole site's draft when
    /// null), the reviews overdue and due soon in it, and the newest run.
    /// </summary>
    public async Task<AuditSummary> GetSummaryAsync(AuditScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope ??= new AuditScope();
        var counts = await results.CountAsync(scope, cancellationToken).ConfigureAwait(false);
        var plan = await GetReviewPlanAsync(scope.Version, scope.Cultures, cancellationToken).ConfigureAwait(false);
        var documents = scope.DocumentKeys?.ToHashSet();
        var inScope = documents is null ? plan : plan.Where(p => documents.Contains(p.DocumentKey)).ToArray();
        var latest = await runs.GetRecentAsync(1, cancellationToken).ConfigureAwait(false);
        return new AuditSummary(scope.Version, counts, inScope.Count(p => p.State == ReviewDueState.Overdue), inScope.Count(p => p.State == ReviewDueState.DueSoon), latest.Count > 0 ? latest[0] : null);
    }

    /// <summary>The pages in <paramref name="cultures"/> (every culture when empty) whose review is overdue or due soon, soonest first.</summary>
    public async Task<IReadOnlyList<ReviewPlanEntry>> GetReviewPlanAsync(AuditedVersion version, IReadOnlyList<string> cultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // The widest window any document type has; each page is then judged by its own type's.
        var horizon = today.AddDays(Math.Max(0, WidestWindow()));
        var wanted = cultures.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (await results.GetReviewDatesAsync(horizon, version, cancellationToken).ConfigureAwait(false))
            .Where(r => wanted.Count == 0 || wanted.Contains(r.Culture))
            .Select(r => new ReviewPlanEntry(r.DocumentKey, r.DocumentName, r.ContentTypeAlias, r.Culture, r.ReviewedOn, r.NextReviewDue,
                _window.StateOf(r.NextReviewDue, today, r.ContentTypeAlias), r.NextReviewDue.DayNumber - today.DayNumber))
            .Where(e => e.State != ReviewDueState.Planned)
            .ToArray();
    }

    private int WidestWindow() => engine.Options.DocumentTypes.Keys.Select(_window.DaysFor).Append(_window.DaysFor(null)).Max();

    private AuditFindingView View(AuditFindingRow row, string uiCulture)
    {
        var finding = row.Finding;
        var template = engine.Messages.Get(finding.MessageKey, uiCulture);
        var arguments = finding.Arguments.In(engine.Messages, uiCulture);
        return new AuditFindingView
        {
            DocumentKey = row.DocumentKey,
            DocumentName = row.DocumentName,
            ContentTypeAlias = row.ContentTypeAlias,
            Culture = row.Culture,
            Version = row.Version,
            RuleId = finding.RuleId,
            Severity = finding.Severity,
            Property = finding.Property,
            PropertyLabel = finding.Property is null ? null : FieldLabels.Of(finding.Property, null, uiCulture),
            Snippet = finding.Snippet,
            Message = Checks.Messages.CheckMessageCatalogue.Format(template.Message, arguments),
            Hint = Checks.Messages.CheckMessageCatalogue.Format(template.Hint, arguments),
            Wcag = finding.Wcag,
            ActRule = finding.ActRule,
            Arguments = arguments,
            NextReviewDue = row.NextReviewDue,
            CheckedAt = row.CheckedAt,
        };
    }
}
