using System.Collections;
using System.Linq.Expressions;
using Umbraco.Cms.Core.Persistence.Querying;

namespace CarePages.Umbraco.Harness.Scoping;

/// <summary>
/// Umbraco's query object evaluated in memory: the predicates Umbraco's services build are compiled and applied to
/// the in-memory rows, instead of being translated to SQL as Infrastructure's <c>Query&lt;T&gt;</c> does.
/// </summary>
public sealed class InMemoryQuery<T> : IQuery<T>
{
    private readonly List<Func<T, bool>> _predicates = [];

    /// <summary>Whether <paramref name="item"/> satisfies every clause.</summary>
    public bool Matches(T item) => _predicates.All(p => p(item));

    /// <inheritdoc />
    public IQuery<T> Where(Expression<Func<T, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _predicates.Add(predicate.Compile());
        return this;
    }

    /// <inheritdoc />
    public IEnumerable<Tuple<string, object[]>> GetWhereClauses() =>
        throw new NotSupportedException("IQuery.GetWhereClauses is SQL; the harness evaluates queries in memory.");

    /// <inheritdoc />
    public IQuery<T> WhereIn(Expression<Func<T, object>> fieldSelector, IEnumerable? values)
    {
        ArgumentNullException.ThrowIfNull(fieldSelector);
        var field = fieldSelector.Compile();
        var set = (values ?? Array.Empty<object>()).Cast<object>().ToList();
        _predicates.Add(item => set.Any(v => Equals(v, field(item))));
        return this;
    }

    /// <inheritdoc />
    public IQuery<T> WhereNotIn(Expression<Func<T, object>> fieldSelector, IEnumerable? values)
    {
        ArgumentNullException.ThrowIfNull(fieldSelector);
        var field = fieldSelector.Compile();
        var set = (values ?? Array.Empty<object>()).Cast<object>().ToList();
        _predicates.Add(item => !set.Any(v => Equals(v, field(item))));
        return this;
    }

    /// <inheritdoc />
    public IQuery<T> WhereAny(IEnumerable<Expression<Func<T, bool>>> predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var compiled = predicates.Select(p => p.Compile()).ToArray();
        _predicates.Add(item => compiled.Any(p => p(item)));
        return this;
    }
}
