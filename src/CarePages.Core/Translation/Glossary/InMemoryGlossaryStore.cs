namespace CarePages.Core.Translation.Glossary;

/// <summary>A thread-safe <see cref="IGlossaryStore"/> in memory, for tests and the CLI's dry runs.</summary>
public sealed class InMemoryGlossaryStore : IGlossaryStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(LanguagePair Pair, string Term), GlossaryEntry> entries = [];

    /// <summary>A store holding <paramref name="initial"/> (later entries of the same pair and term are refused).</summary>
    public InMemoryGlossaryStore(IEnumerable<GlossaryEntry>? initial = null)
    {
        foreach (var entry in initial ?? [])
        {
            entries.TryAdd(Key(entry.Pair, entry.SourceTerm), entry);
        }
    }

    /// <inheritdoc />
    public Task<LanguagePairGlossary> GetAsync(LanguagePair pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        lock (gate)
        {
            return Task.FromResult(LanguagePairGlossary.For(pair, entries.Values.ToArray()));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GlossaryEntry>> GetEntriesAsync(LanguagePair pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<GlossaryEntry>>(entries.Values
                .Where(e => e.Pair == pair)
                .OrderBy(e => e.SourceTerm, StringComparer.Ordinal)
                .ToArray());
        }
    }

    /// <inheritdoc />
    public Task<GlossaryOperationStatus> AddAsync(GlossaryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            return Task.FromResult(entries.TryAdd(Key(entry.Pair, entry.SourceTerm), entry)
                ? GlossaryOperationStatus.Success
                : GlossaryOperationStatus.DuplicateTerm);
        }
    }

    /// <inheritdoc />
    public Task<GlossaryOperationStatus> UpdateAsync(GlossaryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = Key(entry.Pair, entry.SourceTerm);
        lock (gate)
        {
            if (!entries.ContainsKey(key))
            {
                return Task.FromResult(GlossaryOperationStatus.NotFound);
            }

            entries[key] = entry;
            return Task.FromResult(GlossaryOperationStatus.Success);
        }
    }

    /// <inheritdoc />
    public Task<GlossaryOperationStatus> RemoveAsync(LanguagePair pair, string sourceTerm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(sourceTerm);
        lock (gate)
        {
            return Task.FromResult(entries.Remove(Key(pair, sourceTerm)) ? GlossaryOperationStatus.Success : GlossaryOperationStatus.NotFound);
        }
    }

    private static (LanguagePair, string) Key(LanguagePair pair, string sourceTerm) =>
        (pair, LanguagePairGlossary.TermKey(sourceTerm, pair.SourceCulture));
}
