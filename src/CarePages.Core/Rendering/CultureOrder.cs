namespace CarePages.Core.Rendering;

/// <summary>The order languages are listed in: the default (source) culture first, the rest as given.</summary>
public static class CultureOrder
{
    /// <summary>Returns <paramref name="cultures"/> with <paramref name="defaultCulture"/> moved to the front.</summary>
    public static IReadOnlyList<string> DefaultFirst(IEnumerable<string> cultures, string defaultCulture) =>
        DefaultFirst(cultures, c => c, defaultCulture);

    /// <summary>Returns <paramref name="items"/> with the one whose <paramref name="culture"/> is <paramref name="defaultCulture"/> moved to the front.</summary>
    public static IReadOnlyList<T> DefaultFirst<T>(IEnumerable<T> items, Func<T, string> culture, string defaultCulture)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(culture);
        return items.OrderBy(item => string.Equals(culture(item), defaultCulture, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToArray();
    }
}
