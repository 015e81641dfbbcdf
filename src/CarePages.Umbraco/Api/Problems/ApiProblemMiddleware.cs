using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// Makes every error under <c>/umbraco/care-pages/api</c> a ProblemDetails, whoever answers it: an address none of the
/// API's endpoints takes is 404 (405 with <c>Allow</c> when another method would do) before the host's routing can hand
/// it to a catch-all page; a body over the endpoint's limit is 413 before it is read; the empty 401 and 403 of the sign-in
/// challenge and the authorization policy get a body that says what to do; an exception is a 500 pointing at the log.
/// Other paths pass through untouched.
/// </summary>
internal sealed class ApiProblemMiddleware(RequestDelegate next, ApiRouteTable routes, IOptions<CarePagesApiOptions> options, ILogger<ApiProblemMiddleware> logger)
{
    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(ApiRouteTable.Prefix))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var (endpoint, allowed) = routes.Match(context);
        if (endpoint is null)
        {
            await RefuseUnknownAddressAsync(context, allowed).ConfigureAwait(false);
            return;
        }

        var limit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ApiProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ApiStatusText.Of(StatusCodes.Status413PayloadTooLarge, context).Title, ApiStatusText.TooLarge(limit)).ConfigureAwait(false);
            return;
        }

        LimitBody(context, limit);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            if (!ApiFailure.ClientGone(exception, context))
            {
                var (status, title, detail) = ApiFailure.Describe(exception, context, logger);
                await ApiProblem.WriteAsync(context, status, title, detail).ConfigureAwait(false);
            }

            return;
        }

        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest && !context.Response.HasStarted
            && context.Response.ContentLength is null or 0 && string.IsNullOrEmpty(context.Response.ContentType))
        {
            var (title, detail) = ApiStatusText.Of(context.Response.StatusCode, context);
            if (context.Response.StatusCode == StatusCodes.Status401Unauthorized && await AuthenticationFailureAsync(context).ConfigureAwait(false) is { } failure)
            {
                detail = $"{detail} {failure}";
            }

            await ApiProblem.WriteAsync(context, context.Response.StatusCode, title, detail).ConfigureAwait(false);
        }
    }

    // Why the policy's schemes did not sign the request in (an unknown user, an expired token); handlers cache their result.
    private static async Task<string?> AuthenticationFailureAsync(HttpContext context)
    {
        var policy = await context.RequestServices.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(CarePagesApiAuthorization.Policy).ConfigureAwait(false);
        foreach (var scheme in policy?.AuthenticationSchemes ?? [])
        {
            if ((await context.AuthenticateAsync(scheme).ConfigureAwait(false)).Failure is { } failure)
            {
                return failure.Message;
            }
        }

        return null;
    }

    private static Task RefuseUnknownAddressAsync(HttpContext context, IReadOnlyList<string> allowed)
    {
        var status = allowed.Count > 0 ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound;
        if (allowed.Count > 0)
        {
            context.Response.Headers.Allow = string.Join(", ", allowed);
        }

        var (title, detail) = ApiStatusText.Of(status, context);
        return ApiProblem.WriteAsync(context, status, title, detail);
    }

    // Kestrel enforces the limit itself once told; a server without the feature, or a body of unknown length, is counted here.
    private static void LimitBody(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LimitedRequestBody(context.Request.Body, limit);
        }
    }
}
