using CarePages.Core.Audit;
using CarePages.Core.Audit.Export;
using CarePages.Core.Checks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>
/// Every finding the filters of <c>audit/findings</c> match, as a download the user may read all of: CSV for
/// spreadsheets (UTF-8 with a byte order mark, so Arabic opens correctly) or SARIF 2.1.0 for code-scanning tools. Read
/// from the store a page at a time and written as it is read.
/// </summary>
[Route(CarePagesApiRoutes.Audit)]
public sealed class AuditExportApiController(AuditResultsService audit, AuditReader reader) : CarePagesApiController
{
    /// <summary>The SARIF media type.</summary>
    public const string SarifMediaType = "application/sarif+json";

    /// <summary>Downloads the matching findings as <paramref name="format"/>: <c>csv</c> (default) or <c>sarif</c>; <c>skip</c> and <c>take</c> are not read.</summary>
    [HttpGet("findings/export")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, AuditCsvWriter.MediaType, SarifMediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> Export(
        [FromQuery] AuditFindingsParameters parameters,
        [FromServices] CheckEngine engine,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken,
        [FromQuery] string format = "csv")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(clock);
        var sarif = string.Equals(format, "sarif", StringComparison.OrdinalIgnoreCase);
        if (!sarif && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "Bad value for format", $"format must be csv or sarif, not '{format}'.", "InvalidParameter");
        }

        var (query, problem) = await reader.QueryAsync(parameters, paged: false, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var findings = audit.StreamFindingsAsync(query, parameters.UiCulture, cancellationToken);
        var name = $"carepages-audit-{parameters.Version.ToString().ToLowerInvariant()}-{clock.GetUtcNow():yyyyMMdd}";
        return sarif
            ? new StreamedDownloadResult(SarifMediaType, name + ".sarif", (body, token) => AuditSarif.WriteAsync(body, AuditSarif.Run(engine, parameters.UiCulture, site: SiteRoot()), findings, token))
            : new StreamedDownloadResult(AuditCsvWriter.MediaType + "; charset=utf-8", name + ".csv", (body, token) => AuditCsvWriter.WriteAsync(body, findings, token));
    }

    // The site's root as this request reached it, which SARIF results' page addresses are relative to.
    private Uri SiteRoot() => new($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
}
