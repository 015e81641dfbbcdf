using CarePages.Core.Documents;
using CarePages.Core.Ports;

namespace CarePages.Demo.Storage;

/// <summary>Fills an empty store with documents; leaves a store that already has content alone.</summary>
public sealed class SampleContentSeeder
{
    private readonly IContentStore _store;

    /// <summary>Creates the seeder for <paramref name="store"/>.</summary>
    public SampleContentSeeder(IContentStore store) => _store = store;

    /// <summary>Saves <paramref name="documents"/> in order when the store is empty.</summary>
    /// <returns>How many documents were saved: 0 when the store already had content.</returns>
    public async Task<int> SeedAsync(IReadOnlyList<MultiCultureDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (await _store.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return 0;
        }

        foreach (var document in documents)
        {
            await _store.SaveAsync(document, cancellationToken).ConfigureAwait(false);
        }

        return documents.Count;
    }
}
