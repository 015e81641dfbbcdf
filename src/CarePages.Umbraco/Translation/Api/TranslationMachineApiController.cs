using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// Machine translation as a first draft: which engine the site has and what it offers, and the pre-fill, which needs
/// Update on every document and the target culture among the user's languages, as an import does.
/// </summary>
public sealed class TranslationMachineApiController(ITranslationActorAccessor actors, IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures)
    : TranslationApiControllerBase
{
    /// <summary>The configured engine, whether it answers, and the site's cultures it can pre-fill.</summary>
    [HttpGet("machine")]
    [ProducesResponseType<MachineEngineResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Engine([FromServices] IMachineTranslationEngine engine, [FromServices] TranslationExchangeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        var description = await engine.DescribeAsync(cancellationToken);
        var site = await cultures.GetCulturesAsync(cancellationToken);
        var offered = site.Select(c => c.IsoCode).Where(c => !string.Equals(c, options.SourceCulture, StringComparison.OrdinalIgnoreCase) && description.PairFor(options.SourceCulture, c) is not null).ToArray();
        return Ok(new MachineEngineResponse(description.Engine, description.Status, description.Version, offered));
    }

    /// <summary>
    /// Pre-fills the documents' untranslated and outdated fields in one culture with a machine draft (never published);
    /// the report names each field's outcome, in <paramref name="uiCulture"/>'s language.
    /// </summary>
    [HttpPost("machine/prefill")]
    [ProducesResponseType<MachinePrefillReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, ApiProblem.MediaType)]
    public async Task<IActionResult> Prefill(PrefillRequestBody body, [FromServices] MachinePrefillService prefill, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(prefill);
        var (target, actor, refusal) = await TranslatorRequest.AuthorizeAsync(cultures, authorizer, actors, body.DocumentKeys, body.TargetCulture, uiCulture, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var report = await prefill.PrefillAsync(new MachinePrefillRequest(body.DocumentKeys, target), actor!, cancellationToken);
        return OperationStatusProblem.Of(await prefill.LabelAsync(report, uiCulture, cancellationToken));
    }
}
