using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>The API's error responses: ProblemDetails as <c>application/problem+json</c>, with the operation status where known.</summary>
internal static class ApiProblem
{
    /// <summary>The media type of every error.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>A ProblemDetails result with <paramref name="status"/>, a title, a detail and, when given, <c>operationStatus</c>.</summary>
    public static ObjectResult Create(int status, string title, string detail, string? operationStatus = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (operationStatus is not null)
        {
            problem.Extensions["operationStatus"] = operationStatus;
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { MediaType } };
    }

    /// <summary>401: nobody is signed in.</summary>
    public static ObjectResult NotSignedIn() =>
        Create(StatusCodes.Status401Unauthorized, "Not signed in", "Sign in to the backoffice to use the CarePages API.");

    /// <summary>The refusal of an authorisation: 401 when nobody is signed in, else 403 naming the document or culture.</summary>
    public static ObjectResult Refused(DocumentAuthorization refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Status switch
        {
            DocumentAuthorizationStatus.NotSignedIn => NotSignedIn(),
            DocumentAuthorizationStatus.CultureNotAllowed => Create(StatusCodes.Status403Forbidden, "Not your language", refusal.Reason, refusal.Status.ToString()),
            _ => Create(StatusCodes.Status403Forbidden, "Not allowed", refusal.Reason, refusal.Status.ToString()),
        };
    }
}
