using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>The glossary of a language pair the user may read, as TBX.</summary>
public sealed class TranslationGlossaryApiController(IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures, TranslationExchangeOptions options)
    : TranslationApiControllerBase
{
    /// <summary>The glossary of a language pair as TBX-Basic, when the user may read both languages.</summary>
    [HttpGet("glossary.tbx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tbx+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> ExportGlossary([FromQuery] string source, [FromQuery] string target, [FromServices] IGlossaryStore glossaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(glossaries);
        var (pair, refusal) = await RequestedLanguagePair.ResolveAsync(cultures, authorizer, options.SourceCulture, source, target, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var glossary = await glossaries.GetAsync(pair, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TbxWriter.WriteToString(glossary)), "application/x-tbx+xml", $"carepages-{pair.SourceCulture}-{pair.TargetCulture}.tbx");
    }
}
