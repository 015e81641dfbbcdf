using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Matrix;

/// <summary>
/// The documents × cultures status matrix, without reading every document: documents come from their change stamps and
/// stored summaries (only documents saved since their summary was made are read, and their summaries kept), field
/// counts from the state store's tallies, kept between requests while no state changes (<see cref="StatusTallyCache"/>).
/// </summary>
public sealed class TranslationMatrixService(
    ISiteContentSource source,
    IDraftContentStore drafts,
    IDocumentSummaryStore summaries,
    ITranslationStateStore states,
    StatusTallyCache tallyCache,
    TranslationExchangeOptions options)
{
    /// <summary>The status counts of every document in each of <paramref name="targetCultures"/>, parents before children.</summary>
    public async Task<TranslationStatusMatrix> GetMatrixAsync(IReadOnlyList<string> targetCultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetCultures);
        var stamps = await source.GetStampsAsync(cancellationToken).ConfigureAwait(false);
        var stored = await summaries.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var refreshed = new List<DocumentSummary>();
        var documents = new List<MatrixDocument>(stamps.Count);
        foreach (var stamp in stamps)
        {
            if (!stored.TryGetValue(stamp.Key, out var summary) || summary.Stamp != stamp.Stamp)
            {
                summary = await ReadAsync(stamp, cancellationToken).ConfigureAwait(false);
                refreshed.Add(summary);
            }

            documents.Add(new MatrixDocument(summary.Key, summary.Name, summary.ContentTypeAlias, summary.TranslatableFields));
        }

        var present = stamps.Select(s => s.Key).ToHashSet();
        var removed = stored.Keys.Where(k => !present.Contains(k)).ToArray();
        if (refreshed.Count > 0 || removed.Length > 0)
        {
            await summaries.SaveAsync(refreshed, removed, cancellationToken).ConfigureAwait(false);
        }

        var tallies = await tallyCache.GetAsync(states, cancellationToken).ConfigureAwait(false);
        return TranslationStatusMatrix.Build(documents, targetCultures, tallies);
    }

    private async Task<DocumentSummary> ReadAsync(SiteDocumentStamp stamp, CancellationToken cancellationToken)
    {
        var draft = await drafts.GetDraftAsync(stamp.Key, cancellationToken).ConfigureAwait(false);
        return new DocumentSummary(
            stamp.Key,
            stamp.Stamp,
            draft?.NamePreferring(options.SourceCulture) ?? string.Empty,
            draft is null ? string.Empty : CarePagesSchema.FindContentType(draft.DocumentType.Id)?.Alias ?? string.Empty,
            TranslatableUnits.OfSource(draft, options.SourceCulture)?.Count ?? 0);
    }
}
