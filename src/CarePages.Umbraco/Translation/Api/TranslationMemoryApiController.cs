using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Memory;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>The translation memory of a language pair the user may read: suggestions, and the approved translations as TMX.</summary>
public sealed class TranslationMemoryApiController(IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures, TranslationExchangeOptions options)
    : TranslationApiControllerBase
{
    /// <summary>Translation memory suggestions for a source text, into one of the user's languages; never applied automatically.</summary>
    [HttpGet("memory/suggestions")]
    [ProducesResponseType<TranslationMemorySuggestion[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> Suggest([FromQuery] string text, [FromQuery] string source, [FromQuery] string target, [FromServices] TranslationMemoryService memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var (pair, refusal) = await RequestedLanguagePair.ResolveAsync(cultures, authorizer, options.SourceCulture, source, target, cancellationToken);
        return refusal ?? Ok(await memory.SuggestAsync(text, pair.SourceCulture, pair.TargetCulture, 5, cancellationToken));
    }

    /// <summary>The approved translations of a language pair as TMX 1.4b, when the user may read both languages.</summary>
    [HttpGet("memory.tmx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tmx+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> ExportMemory([FromQuery] string source, [FromQuery] string target, [FromServices] ITranslationMemoryStore memory, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(clock);
        var (pair, refusal) = await RequestedLanguagePair.ResolveAsync(cultures, authorizer, options.SourceCulture, source, target, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var segments = await memory.GetAsync(pair.SourceCulture, pair.TargetCulture, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TmxWriter.WriteToString(segments, clock.GetUtcNow())), "application/x-tmx+xml", $"carepages-{pair.SourceCulture}-{pair.TargetCulture}.tmx");
    }
}
