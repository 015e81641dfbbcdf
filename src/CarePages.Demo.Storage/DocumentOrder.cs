using CarePages.Core.Documents;

namespace CarePages.Demo.Storage;

/// <summary>Orders documents so every parent comes before its children, otherwise keeping the given order.</summary>
internal static class DocumentOrder
{
    public static IReadOnlyList<MultiCultureDocument> ParentsFirst(IReadOnlyList<MultiCultureDocument> documents) =>
        ParentsFirst(documents, d => d.Id, d => d.Parent?.Id);

    public static IReadOnlyList<T> ParentsFirst<T>(IReadOnlyList<T> documents, Func<T, Guid> keyOf, Func<T, Guid?> parentOf)
    {
        var keys = documents.Select(keyOf).ToHashSet();
        var placed = new HashSet<Guid>();
        var ordered = new List<T>(documents.Count);
        var pending = documents.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(d => parentOf(d) is not { } parent || !keys.Contains(parent) || placed.Contains(parent)).ToList();
            if (ready.Count == 0)
            {
                // A cycle: keep the rest in stored order rather than lose them.
                ready = pending;
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(keyOf));
            pending = pending.Except(ready).ToList();
        }

        return ordered;
    }
}
