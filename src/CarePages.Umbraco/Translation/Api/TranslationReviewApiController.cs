using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>The review steps of a document's fields in one culture: submit, approve, edited, no-retranslation.</summary>
public sealed class TranslationReviewApiController(ITranslationActorAccessor actors, IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures)
    : TranslationApiControllerBase
{
    /// <summary>
    /// Sends fields for review, approves them, records editor changes, or keeps them after a source change. Approving
    /// needs Publish on the document, the other steps Update; all need the culture among the user's languages. Refusals
    /// are written in <paramref name="uiCulture"/>'s language.
    /// </summary>
    [HttpPost("documents/{key:guid}/cultures/{culture}/{step:" + ReviewStepRoute.ConstraintName + "}")]
    [ProducesResponseType<ReviewedField[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Review(Guid key, string culture, ReviewStep step, ReviewRequest? body, [FromServices] TranslationReviewService review, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(review);
        var (resolved, unknown) = await RequestedCultures.ResolveAsync(cultures, [culture], cancellationToken, uiCulture: uiCulture);
        if (unknown is not null)
        {
            return unknown;
        }

        culture = resolved[0];
        if (await authorizer.AuthorizeAsync(key, step == ReviewStep.Approve ? DocumentAccess.Publish : DocumentAccess.Update, culture, cancellationToken) is { Succeeded: false } refusal)
        {
            return OperationStatusProblem.Refused(refusal, uiCulture);
        }

        if (await actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        var paths = body?.Fields?.Select(p => new FieldPath(p)).ToArray();
        var result = step switch
        {
            ReviewStep.Submit => await review.SubmitForReviewAsync(key, culture, paths, actor, cancellationToken),
            ReviewStep.Approve => await review.ApproveAsync(key, culture, paths, actor, cancellationToken),
            ReviewStep.Edited => await review.RecordEditsAsync(key, culture, paths, actor, cancellationToken),
            ReviewStep.NoRetranslation => await review.MarkNoRetranslationNeededAsync(key, culture, paths, actor, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a review step."),
        };
        return result.Succeeded
            ? Ok(result.Fields.Select(f => new ReviewedField(f.State.Path.Value, f.State.EffectiveStatus)).ToArray())
            : OperationStatusProblem.Of(result, await review.MessageInAsync(result, key, uiCulture, cancellationToken) ?? string.Empty);
    }
}
