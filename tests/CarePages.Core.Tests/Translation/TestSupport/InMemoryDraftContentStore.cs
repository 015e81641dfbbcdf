using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.TestSupport;

/// <summary>Drafts in memory, seeded with the sample clinic; remembers every save so tests can assert nothing was saved.</summary>
internal sealed class InMemoryDraftContentStore : IDraftContentStore
{
    private readonly Dictionary<Guid, DocumentRequest> drafts = SampleClinic.Documents.ToDictionary(d => d.Id);

    public List<(Guid Key, string Culture, UserReference By)> Saves { get; } = [];

    public DocumentRequest this[Guid key]
    {
        get => drafts[key];
        set => drafts[key] = value;
    }

    public Task<DocumentRequest?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default) =>
        Task.FromResult(drafts.GetValueOrDefault(key));

    public Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>(drafts.Keys.ToArray());

    public Task<DraftSaveResult> SaveDraftAsync(DocumentRequest document, string culture, UserReference savedBy, CancellationToken cancellationToken = default)
    {
        drafts[document.Id] = document;
        Saves.Add((document.Id, culture, savedBy));
        return Task.FromResult(DraftSaveResult.Saved);
    }
}
