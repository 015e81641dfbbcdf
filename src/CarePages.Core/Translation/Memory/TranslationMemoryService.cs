using CarePages.Core.Text;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Memory;

/// <summary>
/// The translation memory: approved translations go in, and translators of similar text get them back as
/// suggestions with a match score. A suggestion is data for the translator: nothing here applies, translates or
/// approves anything.
/// </summary>
public sealed class TranslationMemoryService(ITranslationMemoryStore store, TranslationMemoryOptions? options = null)
{
    private readonly TranslationMemoryOptions options = options ?? new TranslationMemoryOptions();

    /// <summary>
    /// Adds the segments of a field whose translation is approved and current (<paramref name="state"/>), recording the
    /// approver and time from the state. The same translation already in the memory is kept once, as approved latest.
    /// </summary>
    /// <param name="state">The field's state in the target culture; must be Approved and not outdated.</param>
    /// <param name="sourceCulture">The culture the source was written in.</param>
    /// <param name="segments">The field's units as source and approved target text.</param>
    /// <param name="cancellationToken">Cancels the store call.</param>
    public async Task<TranslationMemoryAddResult> AddApprovedAsync(
        FieldTranslationState state,
        string sourceCulture,
        IReadOnlyList<SegmentPair> segments,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceCulture);
        ArgumentNullException.ThrowIfNull(segments);
        if (state.IsOutdated)
        {
            return new TranslationMemoryAddResult(TranslationMemoryOperationStatus.Outdated, []);
        }

        if (state.Status != TranslationStatus.Approved || state.ChangedBy is null || state.ChangedAt is null)
        {
            return new TranslationMemoryAddResult(TranslationMemoryOperationStatus.NotApproved, []);
        }

        var stored = segments
            .Select(p => (Source: NormalisedText.Of(p.SourceText), Target: NormalisedText.Of(p.TargetText)))
            .Where(p => p.Source.Length > 0 && p.Target.Length > 0)
            .Select(p => new TranslationMemorySegment
            {
                SourceCulture = sourceCulture,
                TargetCulture = state.Culture,
                SourceText = p.Source,
                TargetText = p.Target,
                DocumentKey = state.DocumentKey,
                Path = state.Path,
                ApprovedBy = state.ChangedBy,
                ApprovedAt = state.ChangedAt.Value,
            })
            .ToArray();
        await store.SaveAsync(stored, cancellationToken).ConfigureAwait(false);
        return new TranslationMemoryAddResult(TranslationMemoryOperationStatus.Success, stored);
    }

    /// <summary>
    /// Up to <paramref name="max"/> suggestions for <paramref name="sourceText"/>: 100 for the same text, fuzzy matches
    /// by word-level edit distance from <see cref="TranslationMemoryOptions.MinimumScore"/> up; best score first, then
    /// the most recently approved.
    /// </summary>
    public async Task<IReadOnlyList<TranslationMemorySuggestion>> SuggestAsync(
        string sourceText,
        string sourceCulture,
        string targetCulture,
        int max = 5,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var text = NormalisedText.Of(sourceText);
        if (text.Length == 0)
        {
            return [];
        }

        var tokens = TranslationMemoryText.Tokens(text);
        var candidates = await store.GetAsync(sourceCulture, targetCulture, cancellationToken).ConfigureAwait(false);
        var suggestions = new List<TranslationMemorySuggestion>();
        foreach (var segment in candidates)
        {
            var candidateTokens = TranslationMemoryText.Tokens(segment.SourceText);
            if (MatchScore.Ceiling(tokens.Count, candidateTokens.Count) < options.MinimumScore)
            {
                continue;
            }

            var score = MatchScore.Of(text, tokens, segment.SourceText, candidateTokens);
            if (score >= options.MinimumScore)
            {
                suggestions.Add(new TranslationMemorySuggestion(segment, score));
            }
        }

        return suggestions
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Segment.ApprovedAt)
            .Take(max)
            .ToArray();
    }
}
