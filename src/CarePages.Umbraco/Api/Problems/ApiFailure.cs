using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// What the client is told about an exception: a request the server could not read (its size, its framing) is the
/// client's to fix and says why; anything else is a 500 that only points at the log. No exception text of ours and no
/// stack trace reaches the client, in any environment.
/// </summary>
internal static class ApiFailure
{
    /// <summary>The status, title and detail for <paramref name="exception"/>, logged as an error when it is the server's fault.</summary>
    public static (int Status, string Title, string Detail) Describe(Exception exception, HttpContext context, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(logger);
        if (exception is BadHttpRequestException bad)
        {
            var (title, _) = ApiStatusText.Of(bad.StatusCode, context);
            return (bad.StatusCode, title, bad.Message);
        }

        logger.LogError(exception, "The CarePages API failed to answer {Method} {Path} (trace id {TraceId}).", context.Request.Method, context.Request.Path, context.TraceIdentifier);
        var (serverTitle, detail) = ApiStatusText.Of(StatusCodes.Status500InternalServerError, context);
        return (StatusCodes.Status500InternalServerError, serverTitle, detail);
    }

    /// <summary>True when the client went away: nothing is written and nothing is logged as an error.</summary>
    public static bool ClientGone(Exception exception, HttpContext context) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested;
}
