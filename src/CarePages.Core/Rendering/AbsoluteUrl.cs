namespace CarePages.Core.Rendering;

/// <summary>
/// Makes page URLs absolute for the places that need them whole (canonical, hreflang alternates, structured data),
/// from the scheme and host the page was requested on.
/// </summary>
public static class AbsoluteUrl
{
    /// <summary>
    /// <paramref name="url"/> itself when it is already absolute or when the origin is unknown; otherwise
    /// <paramref name="url"/> resolved against <c>{scheme}://{host}/</c>.
    /// </summary>
    public static string Resolve(string url, string? scheme, string? host)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            || string.IsNullOrEmpty(scheme) || string.IsNullOrEmpty(host)
            || !Uri.TryCreate($"{scheme}://{host}/", UriKind.Absolute, out var origin))
        {
            return url;
        }

        return Uri.TryCreate(origin, url, out var resolved) ? resolved.AbsoluteUri : url;
    }
}
