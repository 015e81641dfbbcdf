using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// Turns an exception in a CarePages controller (model binding included: a body over the limit fails there) into
/// ProblemDetails before the host's developer exception page can render a stack trace.
/// </summary>
internal sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IExceptionFilter
{
    /// <inheritdoc />
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ExceptionHandled = true;
        if (ApiFailure.ClientGone(context.Exception, context.HttpContext))
        {
            context.Result = new EmptyResult();
            return;
        }

        var (status, title, detail) = ApiFailure.Describe(context.Exception, context.HttpContext, logger);
        context.Result = ApiProblem.Create(status, title, detail);
    }
}
