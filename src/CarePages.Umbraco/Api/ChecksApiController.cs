using CarePages.Core.Checks.Drafts;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>The content checks of a document's latest saved draft, for the backoffice's Accessibility view.</summary>
[Route(CarePagesApiRoutes.Checks)]
public sealed class ChecksApiController : CarePagesApiController
{
    /// <summary>
    /// Checks the latest saved draft in <paramref name="cultures"/> (every culture it has when none is named), with messages in
    /// <paramref name="uiCulture"/> (default <c>en</c>). Reading needs Read on the document; only the source culture and the
    /// user's languages are checked (the others are left out, not refused); a culture the site lacks is 400.
    /// </summary>
    [HttpGet("documents/{key:guid}")]
    [ProducesResponseType<DocumentCheckResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ApiProblem.MediaType)]
    public async Task<IActionResult> CheckDocument(
        Guid key,
        [FromQuery] string[] cultures,
        [FromServices] DraftCheckService checks,
        [FromServices] IDocumentAuthorizer authorizer,
        [FromServices] IContentCultureCatalogue catalogue,
        [FromServices] TranslationExchangeOptions options,
        CancellationToken cancellationToken,
        [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        if (await authorizer.AuthorizeAsync(key, DocumentAccess.Read, cancellationToken: cancellationToken) is { Succeeded: false } refusal)
        {
            return OperationStatusProblem.Refused(refusal);
        }

        var (requested, unknown) = cultures.Length > 0
            ? await RequestedCultures.ResolveAsync(catalogue, cultures, cancellationToken)
            : (ContentCulture.SourceFirst(await catalogue.GetCulturesAsync(cancellationToken), options.SourceCulture).Select(c => c.IsoCode).ToArray(), null);
        if (unknown is not null)
        {
            return unknown;
        }

        // Nothing readable must not fall back to "every culture", which is what an empty list asks for.
        var readable = await authorizer.FilterReadableCulturesAsync(requested, options.SourceCulture, cancellationToken);
        if (readable.Count == 0)
        {
            return OperationStatusProblem.Of(DocumentAuthorizationStatus.CultureNotAllowed, $"{string.Join(", ", requested)} is not one of your languages.");
        }

        try
        {
            return await checks.CheckAsync(key, readable, uiCulture, cancellationToken) is { } response
                ? Ok(response)
                : ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no document {key} with a saved version.");
        }
        catch (DocumentShapeException exception)
        {
            return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "Document cannot be checked", exception.Message);
        }
    }
}
