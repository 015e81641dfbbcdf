using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>Applies Umbraco's query objects to in-memory rows.</summary>
public static class InMemoryQueries
{
    /// <summary>The items that satisfy every clause of <paramref name="query"/>; a null query matches all.</summary>
    public static IEnumerable<T> Apply<T>(this IQuery<T>? query, IEnumerable<T> items) =>
        query is null ? items : items.Where(((InMemoryQuery<T>)query).Matches);
}
