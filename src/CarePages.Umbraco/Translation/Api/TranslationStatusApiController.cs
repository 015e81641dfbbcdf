using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Status;
using CarePages.Core.Translation.Storage;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>Where translations stand: the documents × cultures matrix, one document's fields per culture, and its audit trail.</summary>
public sealed class TranslationStatusApiController : TranslationApiControllerBase
{
    private readonly IDocumentAuthorizer _authorizer;
    private readonly IContentCultureCatalogue _cultures;
    private readonly string _sourceCulture;

    /// <summary>Creates the controller.</summary>
    public TranslationStatusApiController(IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures, TranslationExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _authorizer = authorizer;
        _cultures = cultures;
        _sourceCulture = options.SourceCulture;
    }

    /// <summary>
    /// The documents × cultures matrix: rows for the documents the user may read, columns for the requested cultures
    /// that are the user's languages (the others are left out, not refused).
    /// </summary>
    [HttpGet("matrix")]
    [ProducesResponseType<MatrixRow[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> GetMatrix([FromQuery] string[] cultures, [FromServices] TranslationMatrixService matrix, CancellationToken cancellationToken)
    {
        if (cultures.Length == 0)
        {
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "Name the cultures", "Add one or more ?cultures= to choose the matrix's columns.");
        }

        var (requested, unknown) = await RequestedCultures.ResolveAsync(_cultures, cultures, cancellationToken);
        if (unknown is not null)
        {
            return unknown;
        }

        var columns = await _authorizer.FilterCulturesAsync(requested, cancellationToken);
        var rows = (await matrix.GetMatrixAsync(columns, cancellationToken)).Rows();
        var readable = await _authorizer.FilterDocumentsAsync(rows.Select(r => r.DocumentKey).ToArray(), DocumentAccess.Read, cancellationToken);
        return Ok(rows.Where(r => readable.Contains(r.DocumentKey)).ToArray());
    }

    /// <summary>A document's fields per culture, with the source diff of outdated fields; field labels in <paramref name="uiCulture"/>.</summary>
    [HttpGet("documents/{key:guid}")]
    [ProducesResponseType<DocumentTranslationStatus>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    public async Task<IActionResult> GetDocument(Guid key, [FromQuery] string[] cultures, [FromServices] TranslationStatusService status, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        if (await _authorizer.AuthorizeAsync(key, DocumentAccess.Read, cancellationToken: cancellationToken) is { Succeeded: false } refusal)
        {
            return OperationStatusProblem.Refused(refusal, uiCulture);
        }

        var (requested, unknown) = await RequestedCultures.ResolveAsync(_cultures, cultures, cancellationToken, uiCulture: uiCulture);
        if (unknown is not null)
        {
            return unknown;
        }

        var readable = await _authorizer.FilterReadableCulturesAsync(requested, _sourceCulture, cancellationToken);
        return await status.GetDocumentAsync(key, readable, uiCulture, cancellationToken) is { } document
            ? Ok(document)
            : ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no CarePages document {key} with a source version.");
    }

    /// <summary>A document's audit trail in time order.</summary>
    [HttpGet("documents/{key:guid}/audit")]
    [ProducesResponseType<AuditEntryResponse[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    public async Task<IActionResult> GetAudit(Guid key, [FromServices] ITranslationStateStore states, [FromServices] IDraftContentStore drafts, CancellationToken cancellationToken)
    {
        if (await _authorizer.AuthorizeAsync(key, DocumentAccess.Read, cancellationToken: cancellationToken) is { Succeeded: false } refusal)
        {
            return OperationStatusProblem.Refused(refusal);
        }

        // An empty trail for a key that names no document would read as "nothing happened to it".
        return await drafts.GetDraftAsync(key, cancellationToken) is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no CarePages document {key}.")
            : Ok(await ReadableAsync(await states.GetAuditTrailAsync(key, cancellationToken), cancellationToken));
    }

    // The entries of the cultures the user may read (see FilterReadableCulturesAsync).
    private async Task<AuditEntryResponse[]> ReadableAsync(IReadOnlyList<TranslationAuditEntry> trail, CancellationToken cancellationToken)
    {
        var readable = (await _authorizer.FilterReadableCulturesAsync(trail.Select(e => e.Culture).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), _sourceCulture, cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return trail.Where(e => readable.Contains(e.Culture)).Select(AuditEntryResponse.Of).ToArray();
    }
}
