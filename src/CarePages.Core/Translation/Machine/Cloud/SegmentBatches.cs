namespace CarePages.Core.Translation.Machine.Cloud;

/// <summary>
/// Segments sent to an engine that takes many per request (DeepL, Azure): split into as few requests as the engine's
/// documented limits allow (<see cref="BatchLimits"/>), sent one after the other, the answers joined in the segments'
/// order. All or none: the first failing request fails the whole translation, and a request answered with another
/// number of translations than it sent is a <see cref="MachineTranslationStatus.MalformedResponse"/>.
/// </summary>
internal static class SegmentBatches
{
    /// <summary>Why a segment is over <paramref name="maxCharacters"/> (<see cref="MachineTranslationOptions.MaxSegmentCharacters"/>), or null when none is.</summary>
    public static string? TooLong(IReadOnlyList<string> segments, int maxCharacters) =>
        segments.FirstOrDefault(s => s.Length > maxCharacters) is { } tooLong
            ? $"A segment of {tooLong.Length} characters is over the limit of {maxCharacters}."
            : null;

    /// <summary>
    /// <paramref name="segments"/> in consecutive batches within <paramref name="limits"/>, in order; or, when one segment
    /// alone is over the size limit, no batches and the position of that segment.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Batches, int? TooLarge) Split(IReadOnlyList<string> segments, BatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(limits);
        var batches = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var size = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var cost = limits.SizeOf(segments[i]);
            if (cost > limits.MaxSize)
            {
                return ([], i);
            }

            if (current.Count == limits.MaxSegments || size + cost > limits.MaxSize)
            {
                batches.Add(current);
                current = [];
                size = 0;
            }

            current.Add(segments[i]);
            size += cost;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return (batches, null);
    }

    /// <summary>
    /// Translates <paramref name="segments"/> batch by batch with <paramref name="translateBatch"/>: every translation in
    /// order, or the first failure.
    /// </summary>
    public static async Task<BatchAnswer> TranslateAsync(
        IReadOnlyList<string> segments, BatchLimits limits, Func<IReadOnlyList<string>, Task<BatchAnswer>> translateBatch)
    {
        ArgumentNullException.ThrowIfNull(translateBatch);
        var (batches, tooLarge) = Split(segments, limits);
        if (tooLarge is { } index)
        {
            return BatchAnswer.Failed(
                MachineTranslationStatus.SegmentTooLong,
                $"Segment {index + 1} is larger than the engine takes in one request ({limits.MaxSize}).");
        }

        var translations = new List<string>(segments.Count);
        foreach (var batch in batches)
        {
            var answer = await translateBatch(batch).ConfigureAwait(false);
            if (answer.Status != MachineTranslationStatus.Success)
            {
                return answer;
            }

            if (answer.Texts is null || answer.Texts.Count != batch.Count)
            {
                return BatchAnswer.Failed(
                    MachineTranslationStatus.MalformedResponse,
                    $"The engine answered {answer.Texts?.Count ?? 0} translations for {batch.Count} segments.");
            }

            translations.AddRange(answer.Texts);
        }

        return BatchAnswer.Of(translations);
    }
}
