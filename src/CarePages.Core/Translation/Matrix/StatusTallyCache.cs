using CarePages.Core.Translation.Storage;

namespace CarePages.Core.Translation.Matrix;

/// <summary>
/// The state store's tallies, kept between matrix requests while the store's tally version stays the same: one number
/// read per request instead of a row per document, culture and status. Safe to share (a singleton); each server of a
/// site keeps its own and reads the version from the shared store, so a save on any server is seen on the next request.
/// </summary>
public sealed class StatusTallyCache
{
    private Snapshot? _snapshot;

    /// <summary>The tallies of <paramref name="states"/>, read again only when its version changed.</summary>
    public async Task<IReadOnlyList<StatusTally>> GetAsync(ITranslationStateStore states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);

        // The version is read before the tallies: a save in between gives newer tallies under the older number, which
        // only costs another read next time. Read after, it would keep older tallies under the newer number.
        var version = await states.GetTallyVersionAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _snapshot) is { } kept && kept.Version == version)
        {
            return kept.Tallies;
        }

        var tallies = await states.CountByStatusAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _snapshot, new Snapshot(version, tallies));
        return tallies;
    }

    private sealed record Snapshot(long Version, IReadOnlyList<StatusTally> Tallies);
}
