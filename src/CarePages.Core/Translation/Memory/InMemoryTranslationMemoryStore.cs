namespace CarePages.Core.Translation.Memory;

/// <summary>A thread-safe <see cref="ITranslationMemoryStore"/> in memory, for tests and the CLI's dry runs.</summary>
public sealed class InMemoryTranslationMemoryStore : ITranslationMemoryStore
{
    private readonly Lock gate = new();
    private readonly List<TranslationMemorySegment> segments = [];

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyCollection<TranslationMemorySegment> segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segments);
        lock (gate)
        {
            foreach (var segment in segments)
            {
                var existing = this.segments.FindIndex(s => s.IsSameTranslationAs(segment));
                if (existing < 0)
                {
                    this.segments.Add(segment);
                }
                else if (segment.ApprovedAt >= this.segments[existing].ApprovedAt)
                {
                    this.segments[existing] = segment;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TranslationMemorySegment>> GetAsync(string sourceCulture, string targetCulture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceCulture);
        ArgumentNullException.ThrowIfNull(targetCulture);
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TranslationMemorySegment>>(segments
                .Where(s => string.Equals(s.SourceCulture, sourceCulture, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(s.TargetCulture, targetCulture, StringComparison.OrdinalIgnoreCase))
                .ToArray());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TranslationMemorySegment>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TranslationMemorySegment>>(segments.ToArray());
        }
    }
}
