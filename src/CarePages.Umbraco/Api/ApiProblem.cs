using CarePages.Umbraco.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>The API's error responses: ProblemDetails as <c>application/problem+json</c>, with the operation status where known.</summary>
internal static class ApiProblem
{
    /// <summary>The media type of every error.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>
    /// A ProblemDetails result with <paramref name="status"/>, a title, a detail and, when given, <c>operationStatus</c>
    /// and further <paramref name="extensions"/> (e.g. the audit run that is already active).
    /// </summary>
    public static ObjectResult Create(int status, string title, string detail, string? operationStatus = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = Details(status, title, detail, operationStatus);
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return new(problem) { StatusCode = status, ContentTypes = { MediaType } };
    }

    /// <summary>Writes a ProblemDetails response outside MVC (the API's middleware and exception filter).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Details(status, title, detail, null), options: null, contentType: MediaType, context.RequestAborted);
    }

    /// <summary>401: nobody is signed in.</summary>
    public static ObjectResult NotSignedIn() =>
        Create(StatusCodes.Status401Unauthorized, ApiStatusText.NotSignedInTitle, ApiStatusText.NotSignedInDetail);

    private static ProblemDetails Details(int status, string title, string detail, string? operationStatus)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (operationStatus is not null)
        {
            problem.Extensions["operationStatus"] = operationStatus;
        }

        return problem;
    }
}
