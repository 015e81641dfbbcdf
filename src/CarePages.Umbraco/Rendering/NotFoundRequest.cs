using Microsoft.AspNetCore.Http;

namespace CarePages.Umbraco.Rendering;

/// <summary>
/// Marks a request that <see cref="CarePagesNotFoundContentFinder"/> answered, so the CarePages template Umbraco then
/// renders shows the "page not found" page instead of the page it was given to render with.
/// </summary>
public static class NotFoundRequest
{
    private static readonly object ItemKey = new();

    /// <summary>Marks <paramref name="context"/> as a request for a page that does not exist.</summary>
    public static void Mark(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ItemKey] = true;
    }

    /// <summary>True when <paramref name="context"/> was marked by <see cref="Mark"/>.</summary>
    public static bool IsMarked(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(ItemKey);
    }
}
