using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security;

namespace CarePages.Umbraco.Harness.Hosting;

/// <summary>
/// The signed-in backoffice user of the current "request" (Web.Common's accessor reads it from the HTTP context):
/// null outside a request, as for scheduled publishing and start-up work.
/// </summary>
public sealed class HarnessBackOfficeSecurityAccessor : IBackOfficeSecurityAccessor
{
    private readonly AsyncLocal<IBackOfficeSecurity?> _current = new();

    /// <inheritdoc />
    public IBackOfficeSecurity? BackOfficeSecurity => _current.Value;

    /// <summary>Signs <paramref name="user"/> in for the current async flow until the result is disposed.</summary>
    public IDisposable SignIn(IUser user)
    {
        var previous = _current.Value;
        _current.Value = new SignedIn(user);
        return new Restore(() => _current.Value = previous);
    }

    private sealed class SignedIn(IUser user) : IBackOfficeSecurity
    {
        public IUser? CurrentUser => user;

        public bool IsAuthenticated() => true;

        public bool UserHasSectionAccess(string section, IUser user) => user.AllowedSections.Contains(section);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
