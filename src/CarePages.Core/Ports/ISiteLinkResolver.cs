namespace CarePages.Core.Ports;

/// <summary>
/// Answers "does this site-relative URL lead to a page, in this culture?" for checks of links inside the site. The demo
/// answers from its URL map; a host that cannot tell answers <see cref="SiteLinkStatus.Unknown"/>, and the checks stay silent.
/// Called from checks on any thread: implementations must be thread-safe and quick.
/// </summary>
public interface ISiteLinkResolver
{
    /// <summary>Where <paramref name="path"/> (starting with one <c>/</c>, no query or fragment) leads for a reader of <paramref name="culture"/>.</summary>
    SiteLinkStatus Resolve(string path, string culture);
}
