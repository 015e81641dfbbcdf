using CarePages.Core.Checks.Drafts;
using CarePages.Core.Documents;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>The content checks of a document's latest saved draft, for the backoffice's Accessibility view.</summary>
[Route(CarePagesApiAuthorization.RoutePrefix + "/checks")]
public sealed class ChecksApiController : CarePagesApiController
{
    /// <summary>
    /// Checks the latest saved draft in <paramref name="cultures"/> (every culture it has when none is named), with messages in
    /// <paramref name="uiCulture"/> (default <c>en</c>). Reading needs Read on the document, no language right.
    /// </summary>
    [HttpGet("documents/{key:guid}")]
    [ProducesResponseType<DocumentCheckResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ApiProblem.MediaType)]
    public async Task<IActionResult> CheckDocument(
        Guid key,
        [FromQuery] string[] cultures,
        [FromServices] DraftCheckService checks,
        [FromServices] IDocumentAuthorizer authorizer,
        CancellationToken cancellationToken,
        [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        if (await authorizer.AuthorizeAsync(key, DocumentAccess.Read, cancellationToken: cancellationToken) is { Succeeded: false } refusal)
        {
            return ApiProblem.Refused(refusal);
        }

        try
        {
            return await checks.CheckAsync(key, cultures, uiCulture, cancellationToken) is { } response
                ? Ok(response)
                : ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no document {key} with a saved version.");
        }
        catch (DocumentShapeException exception)
        {
            return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "Document cannot be checked", exception.Message);
        }
    }
}
