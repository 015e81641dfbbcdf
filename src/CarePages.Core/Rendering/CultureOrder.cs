namespace CarePages.Core.Rendering;

/// <summary>The order languages are listed in: the default (source) culture first, the rest as given.</summary>
public static class CultureOrder
{
    /// <summary>Returns <paramref name="cultures"/> with <paramref name="defaultCulture"/> moved to the front.</summary>
    public static IReadOnlyList<string> DefaultFirst(IEnumerable<string> cultures, string defaultCulture) =>
        cultures.OrderBy(c => string.Equals(c, defaultCulture, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToArray();
}
