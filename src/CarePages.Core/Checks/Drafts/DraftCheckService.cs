using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Rendering;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Labels;

namespace CarePages.Core.Checks.Drafts;

/// <summary>
/// Checks the latest saved draft of a document, culture by culture, as the publish gate would check it when published:
/// what the backoffice's Accessibility view shows while an editor works.
/// </summary>
public sealed class DraftCheckService(IDraftContentStore drafts, CheckEngine engine, TranslationExchangeOptions options, TimeProvider clock)
{
    /// <summary>
    /// The findings of <paramref name="cultures"/> of the draft (every culture it has, source first, when empty; cultures
    /// it does not have are left out), with messages in <paramref name="uiCulture"/>. Null when there is no such document.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the client has gone).</exception>
    /// <exception cref="DocumentShapeException">The draft is not a CarePages document or holds a value that cannot be read.</exception>
    public async Task<DocumentCheckResponse?> CheckAsync(Guid documentKey, IReadOnlyList<string> cultures, string uiCulture = "en", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        if (await drafts.GetDraftAsync(documentKey, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return null;
        }

        var type = CarePagesSchema.FindContentType(draft.DocumentType.Id)
            ?? throw new DocumentShapeException($"document {documentKey}: document type {draft.DocumentType.Id} is not a CarePages type.");
        var checkedAt = clock.GetUtcNow();
        var read = CultureDocumentFactory.CachedReader(draft);
        var results = CulturesToCheck(draft, cultures)
            .Select(culture => Result(read(culture)!, engine.CheckCulture(read, culture, options.SourceCulture, uiCulture, cancellationToken)!, uiCulture))
            .ToArray();
        return new DocumentCheckResponse(documentKey, draft.NamePreferring(options.SourceCulture), type.Alias, checkedAt, results);
    }

    private IEnumerable<string> CulturesToCheck(MultiCultureDocument draft, IReadOnlyList<string> asked)
    {
        var available = draft.Cultures.ToArray();
        var wanted = asked.Count > 0
            ? asked
            : CultureOrder.DefaultFirst(available, options.SourceCulture);
        return wanted
            .Select(c => available.FirstOrDefault(a => string.Equals(a, c, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static CultureCheckResult Result(CultureDocument document, CheckReport report, string uiCulture) => new(
        document.Culture,
        report.WithSeverity(FindingSeverity.Block).Count(),
        report.WithSeverity(FindingSeverity.Warn).Count(),
        report.Findings
            .Select(f => new CheckFinding(f.RuleId, f.Severity, f.Wcag, f.ActRule, f.Property, f.Property is null ? null : FieldLabels.Of(f.Property, document, uiCulture), f.Snippet, f.Message, f.Hint))
            .ToArray());
}
