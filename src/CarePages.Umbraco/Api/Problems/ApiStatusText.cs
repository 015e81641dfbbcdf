using Microsoft.AspNetCore.Http;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// The title and reason of an error the API's own code did not describe (the framework answered it: the sign-in
/// challenge, the authorization policy, an unknown address, the body's size), written so that a person can act on it.
/// </summary>
internal static class ApiStatusText
{
    public const string NotSignedInTitle = "Not signed in";

    public const string NotSignedInDetail = "Sign in to the backoffice to use the CarePages API: the request carried no valid backoffice token.";

    /// <summary>The title and detail for <paramref name="status"/>.</summary>
    public static (string Title, string Detail) Of(int status, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = $"{context.Request.Method} {context.Request.Path}";
        return status switch
        {
            StatusCodes.Status400BadRequest => ("Bad request", $"{request} could not be read; check the parameters and the body against the API's description."),
            StatusCodes.Status401Unauthorized => (NotSignedInTitle, NotSignedInDetail),
            StatusCodes.Status403Forbidden => ("Not allowed", "You are signed in, but the CarePages API needs a backoffice user who is approved, not locked out and has the Content section."),
            StatusCodes.Status404NotFound => ("No such endpoint", $"There is no CarePages API endpoint at {context.Request.Path}; the endpoints are listed in the API's OpenAPI document."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{context.Request.Path} does not take {context.Request.Method}; it takes {AllowedMethods(context)}."),
            StatusCodes.Status406NotAcceptable => ("Not acceptable", "The API answers JSON, XLIFF, Markdown, zip, TMX or TBX; accept one of those."),
            StatusCodes.Status413PayloadTooLarge => ("Request too large", "The request body is larger than this endpoint accepts; nothing was read or changed."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", $"{request} does not take a body of type \"{context.Request.ContentType}\"; send JSON (application/json), or a form (multipart/form-data) to import."),
            StatusCodes.Status500InternalServerError => ("Server error", $"The server failed to answer {request}; nothing about the failure is sent to the client. The site's log has it under trace id {context.TraceIdentifier}."),
            _ => ($"HTTP {status}", $"{request} was answered {status}."),
        };
    }

    /// <summary>413 naming the limit.</summary>
    public static string TooLarge(long limit) =>
        $"The request body is larger than this endpoint's limit of {limit:N0} bytes; nothing was read or changed.";

    private static string AllowedMethods(HttpContext context) =>
        context.Response.Headers.Allow.Count > 0 ? string.Join(", ", context.Response.Headers.Allow.ToArray()) : "another method";
}
