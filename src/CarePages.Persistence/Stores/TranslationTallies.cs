using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Stores;

/// <summary>
/// Keeps <c>carePagesTranslationTally</c> in step with the states: after a save has loaded and changed every state of
/// some documents, their tallies are counted again from those tracked states and saved with them. Counting a document
/// whole, rather than adding each change's difference, means a tally can never drift further than the save in which
/// it is written: any later save of the document counts it again from what is stored.
/// </summary>
internal static class TranslationTallies
{
    /// <summary>
    /// Raises the tally version (<c>carePagesCounter</c>) at the start of a save's transaction. The update locks the one
    /// row until the transaction ends, so saves of states take turns: two saves of one document cannot both count its
    /// tallies from what they read before the other wrote.
    /// </summary>
    public static async Task RaiseVersionAsync(CarePagesDbContext context, CancellationToken cancellationToken)
    {
        var raised = await context.Counters.Where(c => c.Name == CounterNames.TranslationTally)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);
        if (raised == 0)
        {
            // The migration adds the row; a database that lost it gets it back rather than failing every save.
            context.Counters.Add(new CounterEntity { Name = CounterNames.TranslationTally, Value = 1 });
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The current tally version.</summary>
    public static Task<long> VersionAsync(CarePagesDbContext context, CancellationToken cancellationToken) =>
        context.Counters.AsNoTracking().Where(c => c.Name == CounterNames.TranslationTally).Select(c => c.Value).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The status the matrix shows for a stored state (see <see cref="FieldTranslationState.EffectiveStatus"/>).</summary>
    public static TranslationStatus EffectiveStatus(TranslationStateEntity state) =>
        state.PendingNewFingerprint is null ? state.Status : TranslationStatus.Outdated;

    /// <summary>
    /// Brings the tallies of <paramref name="documentKeys"/> up to date with the states the context tracks; every state of
    /// those documents must be tracked (loaded or added), as the store's saves do before they change any.
    /// </summary>
    public static async Task UpdateAsync(CarePagesDbContext context, IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken)
    {
        var documents = documentKeys.ToHashSet();
        var counted = context.ChangeTracker.Entries<TranslationStateEntity>()
            .Where(e => e.State != EntityState.Deleted && documents.Contains(e.Entity.DocumentKey))
            .GroupBy(e => (e.Entity.DocumentKey, e.Entity.CultureKey, EffectiveStatus(e.Entity)))
            .ToDictionary(g => g.Key, g => g.Count());
        var keys = documents.ToList();
        var stored = await context.TranslationTallies.Where(t => keys.Contains(t.DocumentKey)).ToListAsync(cancellationToken);
        foreach (var tally in stored)
        {
            if (counted.Remove((tally.DocumentKey, tally.CultureKey, tally.Status), out var count))
            {
                tally.Count = count;
            }
            else
            {
                context.TranslationTallies.Remove(tally);
            }
        }

        foreach (var ((document, culture, status), count) in counted)
        {
            context.TranslationTallies.Add(new TranslationTallyEntity { DocumentKey = document, CultureKey = culture, Status = status, Count = count });
        }
    }
}
