using CarePages.Umbraco.Api;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// The base of the translation workflow's controllers, one per resource (status, export, import, review, memory,
/// glossary), as Umbraco's Management API groups its own: their shared route. Every endpoint asks
/// <see cref="CarePages.Umbraco.Api.Authorization.IDocumentAuthorizer"/> first: reading needs Read on the document;
/// export, import and the review steps need Update on every document and the target culture among the user's languages;
/// approval needs Publish and the culture. Refusals are ProblemDetails that name the document or culture.
/// </summary>
[Route(CarePagesApiRoutes.Translation)]
public abstract class TranslationApiControllerBase : CarePagesApiController
{
}
