using CarePages.Umbraco.Api.Problems;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api;

/// <summary>
/// The base of every CarePages API controller: a signed-in backoffice user (policy <see cref="CarePagesApiAuthorization.Policy"/>;
/// each endpoint then asks <see cref="Authorization.IDocumentAuthorizer"/> about its documents and cultures), JSON in and
/// out, ProblemDetails for every error (<see cref="CarePagesApiServiceCollectionExtensions.AddCarePagesApi"/>), and the package's own OpenAPI group so that the endpoints never appear in
/// Umbraco's Swagger documents.
/// </summary>
[ApiController]
[Authorize(Policy = CarePagesApiAuthorization.Policy)]
[ApiExplorerSettings(GroupName = CarePagesApiRoutes.ApiGroup)]
[TypeFilter(typeof(ApiExceptionFilter))]
[TypeFilter(typeof(ApiProblemResultFilter))]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblem.MediaType)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblem.MediaType)]
public abstract class CarePagesApiController : ControllerBase
{
}
