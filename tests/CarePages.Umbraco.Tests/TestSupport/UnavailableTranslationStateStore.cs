using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>The package's tables when their database cannot be reached: every call fails as EF Core would.</summary>
internal sealed class UnavailableTranslationStateStore : ITranslationStateStore
{
    public Task<FieldTranslationState?> FindAsync(Guid documentKey, string culture, FieldPath path, CancellationToken cancellationToken = default) => Fail<FieldTranslationState?>();

    public Task<IReadOnlyList<FieldTranslationState>> GetByDocumentAsync(Guid documentKey, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<FieldTranslationState>>();

    public Task<IReadOnlyList<FieldTranslationState>> GetAllAsync(CancellationToken cancellationToken = default) => Fail<IReadOnlyList<FieldTranslationState>>();

    public Task<IReadOnlyList<Core.Translation.Matrix.StatusTally>> CountByStatusAsync(CancellationToken cancellationToken = default) => Fail<IReadOnlyList<Core.Translation.Matrix.StatusTally>>();

    public Task<long> GetTallyVersionAsync(CancellationToken cancellationToken = default) => Fail<long>();

    public Task SaveAsync(IReadOnlyCollection<FieldTranslationState> states, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default) => Fail<bool>();

    public Task<bool> SaveTransitionsAsync(IReadOnlyCollection<StateTransition> transitions, IReadOnlyCollection<TranslationAuditEntry> auditEntries, CancellationToken cancellationToken = default) => Fail<bool>();

    public Task<IReadOnlyList<TranslationAuditEntry>> GetAuditTrailAsync(Guid documentKey, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<TranslationAuditEntry>>();

    private static Task<T> Fail<T>() => Task.FromException<T>(new InvalidOperationException("The CarePages tables cannot be reached (database unavailable)."));
}
