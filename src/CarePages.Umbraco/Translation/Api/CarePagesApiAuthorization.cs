namespace CarePages.Umbraco.Translation.Api;

/// <summary>The authorisation of the package's HTTP API.</summary>
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

    /// <summary>Where the API lives.</summary>
    public const string RoutePrefix = "umbraco/care-pages/api/v1";

    /// <summary>The API explorer group of every endpoint: the package's own OpenAPI document, never Umbraco's.</summary>
    public const string ApiGroup = "care-pages";
}
