using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Storage;

/// <summary>A thread-safe <see cref="ITranslationStateStore"/> in memory, for tests and the CLI's dry runs.</summary>
public sealed class InMemoryTranslationStateStore : ITranslationStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Guid Document, string Culture, string Path), FieldTranslationState> states = [];
    private readonly List<TranslationAuditEntry> audit = [];
    private long version;

    /// <inheritdoc />
    public Task<FieldTranslationState?> FindAsync(Guid documentKey, string culture, FieldPath path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (gate)
        {
            return Task.FromResult(states.GetValueOrDefault(Key(documentKey, culture, path)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FieldTranslationState>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FieldTranslationState>>(states.Values.Where(s => s.DocumentKey == documentKey).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Matrix.StatusTally>> CountByStatusAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Matrix.StatusTally>>(states.Values
                .GroupBy(s => (s.DocumentKey, Culture: s.Culture.ToUpperInvariant(), s.EffectiveStatus))
                .Select(g => new Matrix.StatusTally(g.Key.DocumentKey, g.First().Culture, g.Key.EffectiveStatus, g.Count()))
                .ToArray());
        }
    }

    /// <inheritdoc />
    public Task<long> GetTallyVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(version);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FieldTranslationState>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FieldTranslationState>>(states.Values.ToArray());
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyCollection<FieldTranslationState> states, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(auditEntries);
        lock (gate)
        {
            foreach (var state in states)
            {
                this.states[Key(state.DocumentKey, state.Culture, state.Path)] = state;
            }

            version += states.Count > 0 ? 1 : 0;

            audit.AddRange(auditEntries);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> SaveTransitionsAsync(IReadOnlyCollection<StateTransition> transitions, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(auditEntries);
        lock (gate)
        {
            if (!transitions.All(t => t.StartsFrom(states.GetValueOrDefault(Key(t.After.DocumentKey, t.After.Culture, t.After.Path)))))
            {
                return Task.FromResult(false);
            }

            foreach (var transition in transitions)
            {
                states[Key(transition.After.DocumentKey, transition.After.Culture, transition.After.Path)] = transition.After;
            }

            version += transitions.Count > 0 ? 1 : 0;

            audit.AddRange(auditEntries);
        }

        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TranslationAuditEntry>> GetAuditTrailAsync(Guid documentKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TranslationAuditEntry>>(audit.Where(e => e.DocumentKey == documentKey).OrderBy(e => e.At).ToArray());
        }
    }

    private static (Guid, string, string) Key(Guid documentKey, string culture, FieldPath path) =>
        (documentKey, culture.ToUpperInvariant(), path.Value);
}
