using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Translation;

/// <summary>
/// Signs a request in as the demo user its <c>X-CarePages-User</c> header names, standing in for Umbraco's backoffice
/// tokens. No header: anonymous (the API answers 401); an unknown user: failed authentication.
/// </summary>
public sealed class DemoUserAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "CarePagesDemoUser";

    /// <summary>The header naming the user.</summary>
    public const string Header = "X-CarePages-User";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!DemoUsers.ByKey.TryGetValue(name.Trim(), out var user))
        {
            return Task.FromResult(AuthenticateResult.Fail($"There is no demo user \"{name}\"; use one of {string.Join(", ", DemoUsers.ByKey.Keys)}."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.UserKey), new Claim(ClaimTypes.Name, user.DisplayName)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
