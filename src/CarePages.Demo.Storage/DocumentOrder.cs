using CarePages.Core.Documents;

namespace CarePages.Demo.Storage;

/// <summary>Orders documents so every parent comes before its children, otherwise keeping the given order.</summary>
internal static class DocumentOrder
{
    public static IReadOnlyList<MultiCultureDocument> ParentsFirst(IReadOnlyList<MultiCultureDocument> documents)
    {
        var keys = documents.Select(d => d.Id).ToHashSet();
        var placed = new HashSet<Guid>();
        var ordered = new List<MultiCultureDocument>(documents.Count);
        var pending = documents.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(d => d.Parent is null || !keys.Contains(d.Parent.Id) || placed.Contains(d.Parent.Id)).ToList();
            if (ready.Count == 0)
            {
                // A cycle: keep the rest in stored order rather than lose them.
                ready = pending;
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(d => d.Id));
            pending = pending.Except(ready).ToList();
        }

        return ordered;
    }
}
