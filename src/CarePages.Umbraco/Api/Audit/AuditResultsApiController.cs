using CarePages.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>
/// The stored audit as the current user may read it (<see cref="AuditReader"/>): the site's summary, its findings
/// filtered and paged with texts in the user's language, and the clinical reviews to plan.
/// </summary>
[Route(CarePagesApiRoutes.Audit)]
public sealed class AuditResultsApiController(AuditResultsService audit, AuditReader reader) : CarePagesApiController
{
    /// <summary>
    /// The counts of <paramref name="version"/>'s findings and language versions, and the reviews overdue and due soon, in
    /// the cultures and documents the user may read; and the newest run.
    /// </summary>
    [HttpGet("summary")]
    [ProducesResponseType<AuditSummary>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblem.MediaType)]
    public async Task<IActionResult> GetSummary(CancellationToken cancellationToken, [FromQuery] AuditedVersion version = AuditedVersion.Draft)
    {
        var (cultures, problem) = await reader.CulturesAsync([], "en", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var documents = await reader.DocumentsAsync(cancellationToken);
        return Ok(await audit.GetSummaryAsync(new AuditScope { Version = version, Cultures = cultures, DocumentKeys = documents }, cancellationToken));
    }

    /// <summary>
    /// One page of the findings that match the filters, most severe first, with messages, hints and field labels in
    /// <c>uiCulture</c>; 400 for a bad filter (take over 500, an unknown severity, rule or culture).
    /// </summary>
    [HttpGet("findings")]
    [ProducesResponseType<AuditFindingViewPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> GetFindings([FromQuery] AuditFindingsParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, problem) = await reader.QueryAsync(parameters, paged: true, cancellationToken);
        return problem ?? Ok(await audit.GetFindingsAsync(query, parameters.UiCulture, cancellationToken));
    }

    /// <summary>The pages in <paramref name="culture"/> (every culture the user may read when none is named) whose clinical review is overdue or due soon, soonest first.</summary>
    [HttpGet("reviews")]
    [ProducesResponseType<ReviewPlanEntry[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> GetReviews([FromQuery] string[] culture, CancellationToken cancellationToken, [FromQuery] AuditedVersion version = AuditedVersion.Draft)
    {
        var (cultures, problem) = await reader.CulturesAsync(culture, "en", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var plan = await audit.GetReviewPlanAsync(version, cultures, cancellationToken);
        var documents = await reader.DocumentsAsync(cancellationToken);
        return Ok(documents is null ? plan : plan.Where(p => documents.Contains(p.DocumentKey)).ToArray());
    }
}
