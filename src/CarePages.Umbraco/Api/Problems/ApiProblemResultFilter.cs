using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// Gives the ProblemDetails MVC makes by itself (a 415 for a body it cannot read, a 400 for parameters that do not bind)
/// a detail that says what to change, naming the values an enum parameter takes: the framework's own carry only a title.
/// </summary>
internal sealed class ApiProblemResultFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    /// <summary>After MVC's client-error filter, which turns status results into ProblemDetails.</summary>
    public int Order => 0;

    /// <inheritdoc />
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not ObjectResult { Value: ProblemDetails { Detail: null } problem } result)
        {
            return;
        }

        var status = problem.Status ?? result.StatusCode ?? 500;
        problem.Detail = problem is ValidationProblemDetails { Errors.Count: > 0 } validation
            ? "The request could not be read: " + string.Join(" ", validation.Errors.Select(e =>
                $"{(e.Key.Length == 0 ? "body" : e.Key)}: {string.Join(" ", e.Value)}{EnumParameterNames.HintFor(context.ActionDescriptor, e.Key)}"))
            : ApiStatusText.Of(status, context.HttpContext).Detail;
        result.ContentTypes.Clear();
        result.ContentTypes.Add(ApiProblem.MediaType);
    }

    /// <inheritdoc />
    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
