using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Benchmarks;

/// <summary>The sample clinic's drafts in memory, saved as the content stores save them (against the version read).</summary>
internal sealed class BenchmarkDraftStore : IDraftContentStore
{
    private readonly Dictionary<Guid, MultiCultureDocument> drafts = SampleClinic.Documents.ToDictionary(d => d.Id);

    public Task<MultiCultureDocument?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default) =>
        Task.FromResult(drafts.GetValueOrDefault(key));

    public Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>(drafts.Keys.ToArray());

    public Task<DraftSaveResult> SaveDraftAsync(MultiCultureDocument document, string culture, UserReference savedBy, string expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!drafts.TryGetValue(document.Id, out var stored))
        {
            return Task.FromResult(DraftSaveResult.NotFound);
        }

        if (DraftVersion.Of(stored) != expectedVersion)
        {
            return Task.FromResult(DraftSaveResult.Conflict);
        }

        drafts[document.Id] = document;
        return Task.FromResult(DraftSaveResult.Saved(DraftVersion.Of(document)));
    }
}
