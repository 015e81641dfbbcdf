using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.TestSupport;

/// <summary>Drafts in memory, seeded with the sample clinic; remembers every save so tests can assert nothing was saved.</summary>
internal sealed class InMemoryDraftContentStore : IDraftContentStore, ISiteContentSource
{
    private readonly Dictionary<Guid, MultiCultureDocument> drafts = SampleClinic.Documents.ToDictionary(d => d.Id);

    public List<(Guid Key, string Culture, UserReference By)> Saves { get; } = [];

    /// <summary>Runs as a save starts, before its version is checked: another user's save that came first.</summary>
    public Action<InMemoryDraftContentStore>? BeforeSave { get; set; }

    /// <summary>Runs after a successful save.</summary>
    public Action? AfterSave { get; set; }

    public MultiCultureDocument this[Guid key]
    {
        get => drafts[key];
        set => drafts[key] = value;
    }

    /// <summary>How many times a draft was read.</summary>
    public int DraftReads { get; private set; }

    public Task<MultiCultureDocument?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default)
    {
        DraftReads++;
        return Task.FromResult(drafts.GetValueOrDefault(key));
    }

    // The draft is also the published version here; its stamp is its content's version.
    public Task<IReadOnlyList<SiteDocumentStamp>> GetStampsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SiteDocumentStamp>>(drafts.Values.Select(d => new SiteDocumentStamp(d.Id, DraftVersion.Of(d))).ToArray());

    public Task<SiteDocumentVersions?> GetVersionsAsync(Guid key, CancellationToken cancellationToken = default) =>
        Task.FromResult(drafts.TryGetValue(key, out var draft) ? new SiteDocumentVersions(draft, draft) : null);

    public Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>(drafts.Keys.ToArray());

    public Task<DraftSaveResult> SaveDraftAsync(MultiCultureDocument document, string culture, UserReference savedBy, string expectedVersion, CancellationToken cancellationToken = default)
    {
        BeforeSave?.Invoke(this);
        lock (drafts)
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
            Saves.Add((document.Id, culture, savedBy));
        }

        AfterSave?.Invoke();
        return Task.FromResult(DraftSaveResult.Saved(DraftVersion.Of(document)));
    }
}
