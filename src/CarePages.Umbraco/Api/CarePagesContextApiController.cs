using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Umbraco.Translation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>The backoffice client's starting point: the signed-in user and the site's cultures.</summary>
[Route(CarePagesApiRoutes.Context)]
public sealed class CarePagesContextApiController : CarePagesApiController
{
    /// <summary>The signed-in user (languages, reviewer or not), the source culture and every content culture, the source first.</summary>
    [HttpGet]
    [ProducesResponseType<CarePagesContext>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(
        [FromServices] ITranslationActorAccessor actors,
        [FromServices] IContentCultureCatalogue cultures,
        [FromServices] TranslationExchangeOptions options,
        CancellationToken cancellationToken)
    {
        if (await actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        var all = await cultures.GetCulturesAsync(cancellationToken);
        return Ok(new CarePagesContext(ContextUser.Of(actor), options.SourceCulture, ContentCulture.SourceFirst(all, options.SourceCulture)));
    }
}
