namespace CarePages.Umbraco.Translation.Api;

/// <summary>The authorisation of the package's HTTP API (its routes: <see cref="CarePages.Umbraco.Api.CarePagesApiRoutes"/>).</summary>
public static class CarePagesApiAuthorization
{
    /// <summary>
    /// The policy every CarePages API endpoint requires: a signed-in backoffice user who is approved, not locked out and
    /// has the Content section (<c>Api.Authorization.BackOfficeUserRequirement</c>). Document permissions and languages
    /// are checked per request (<c>Api.Authorization.IDocumentAuthorizer</c>).
    /// </summary>
    public const string Policy = "CarePages.BackOfficeUser";

    /// <summary>The scheme Umbraco's backoffice tokens are validated with (OpenIddict's ASP.NET Core validation handler).</summary>
    public const string BackOfficeScheme = "OpenIddict.Validation.AspNetCore";
}
