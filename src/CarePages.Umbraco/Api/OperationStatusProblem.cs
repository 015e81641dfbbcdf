using CarePages.Core.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>
/// The one table from an operation's status to the API's answer: every refusal of an authorisation, an export, an
/// import or a review step becomes its HTTP status and title here, with the status's name as <c>operationStatus</c>.
/// </summary>
internal static class OperationStatusProblem
{
    /// <summary>
    /// The refusal of an authorisation: 401 when nobody is signed in, else 403 naming the document or culture, its detail
    /// written in <paramref name="uiCulture"/>'s language.
    /// </summary>
    public static ObjectResult Refused(DocumentAuthorization refusal, string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Of(refusal.Status, refusal.Note?.In(uiCulture) ?? string.Empty);
    }

    /// <summary>An authorisation status that refused the request.</summary>
    public static ObjectResult Of(DocumentAuthorizationStatus status, string detail) => status switch
    {
        DocumentAuthorizationStatus.NotSignedIn => ApiProblem.NotSignedIn(),
        DocumentAuthorizationStatus.CultureNotAllowed => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", detail, status.ToString()),
        _ => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not allowed", detail, status.ToString()),
    };

    /// <summary>
    /// The answer to starting or cancelling a site audit run: 202 with the run queued or asked to stop (its address in
    /// <c>Location</c>); 409 when a run is already active (its progress as the problem's <c>run</c>) or when there is
    /// none to cancel.
    /// </summary>
    public static IActionResult Of(AuditRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Status.ToString();
        return result switch
        {
            { Status: AuditRunOperationStatus.Queued or AuditRunOperationStatus.CancelRequested, Run: { } run } => new AcceptedResult($"/{CarePagesApiRoutes.Audit}/runs/{run.Id}", run),
            { Status: AuditRunOperationStatus.AlreadyActive, Run: { } active } => ApiProblem.Create(
                StatusCodes.Status409Conflict,
                "An audit is already running",
                $"The audit asked for by {active.RequestedBy} is {active.State.ToString().ToLowerInvariant()}: {active.Done} of {active.Total} documents audited. Follow it, or cancel it first.",
                status,
                new Dictionary<string, object?> { ["run"] = active }),
            _ => ApiProblem.Create(StatusCodes.Status409Conflict, "No audit is running", "There is no queued or running audit to cancel.", status),
        };
    }

    /// <summary>An export that did not succeed.</summary>
    public static ObjectResult Of(TranslationExportStatus status, string detail) => ApiProblem.Create(
        status switch
        {
            TranslationExportStatus.CultureNotAllowed => StatusCodes.Status403Forbidden,
            TranslationExportStatus.DocumentNotFound => StatusCodes.Status404NotFound,
            TranslationExportStatus.NothingToTranslate or TranslationExportStatus.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        "Export refused",
        detail,
        status.ToString());

    /// <summary>
    /// The answer to a machine pre-fill: its report (200) when documents were tried, else the refusal: 403 for a culture
    /// not the user's, 409 when no engine is configured, 422 when the engine has no such pair, 503 when it cannot be asked.
    /// </summary>
    public static IActionResult Of(MachinePrefillReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var detail = string.Join(" ", report.Messages);
        var status = report.Status.ToString();
        return report.Status switch
        {
            MachinePrefillStatus.Success or MachinePrefillStatus.PartlyApplied or MachinePrefillStatus.NothingApplied or MachinePrefillStatus.NothingToPrefill => new OkObjectResult(report),
            MachinePrefillStatus.CultureNotAllowed => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", detail, status),
            MachinePrefillStatus.NotConfigured => ApiProblem.Create(StatusCodes.Status409Conflict, "No machine translation", detail, status),
            MachinePrefillStatus.LanguagePairNotSupported => ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "No engine for this language", detail, status),
            MachinePrefillStatus.EngineUnavailable => ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, "Machine translation unavailable", detail, status),
            _ => ApiProblem.Create(StatusCodes.Status400BadRequest, "Pre-fill refused", detail, status),
        };
    }

    /// <summary>The answer to an import: its report (200) when the file was read, else the refusal with the report's messages.</summary>
    public static IActionResult Of(TranslationImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var detail = string.Join(" ", report.Messages);
        return report.Status switch
        {
            TranslationImportStatus.Success or TranslationImportStatus.PartlyApplied or TranslationImportStatus.NothingApplied
                or TranslationImportStatus.AlreadyApplied or TranslationImportStatus.NeedsConfirmation => new OkObjectResult(report),
            TranslationImportStatus.CultureNotAllowed => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", detail, report.Status.ToString()),
            TranslationImportStatus.FileTooLarge => ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "File too large", detail, report.Status.ToString()),
            _ => ApiProblem.Create(StatusCodes.Status400BadRequest, "File refused", detail, report.Status.ToString()),
        };
    }

    /// <summary>
    /// A review step that did not succeed: a refused field is 403 when the user may not approve it (self-approval, not a
    /// reviewer), else 409, with the first refused field's status.
    /// </summary>
    public static ObjectResult Of(TranslationReviewResult result, string detail)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            TranslationReviewStatus.DocumentNotFound => ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", detail),
            TranslationReviewStatus.UnknownField => ApiProblem.Create(StatusCodes.Status400BadRequest, "Unknown field", detail),
            _ => ApiProblem.Create(
                result.Fields.Any(f => f.Status is TranslationOperationStatus.SelfApproval or TranslationOperationStatus.NotReviewer) ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                "Refused",
                detail,
                result.Fields.First(f => !f.Succeeded).Status.ToString()),
        };
    }
}
