using System.IO.Compression;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// The translation workflow over HTTP: status, export, import, review and approval, audit trail, translation memory
/// and glossary. Every endpoint needs a signed-in user; cultures are checked against the user's languages, and
/// refusals are ProblemDetails that say why.
/// </summary>
[Route(CarePagesApiAuthorization.RoutePrefix + "/translation")]
public sealed class TranslationApiController : CarePagesApiController
{
    private readonly ITranslationActorAccessor _actors;

    /// <summary>Creates the controller.</summary>
    public TranslationApiController(ITranslationActorAccessor actors) => _actors = actors;

    /// <summary>The documents × cultures matrix.</summary>
    [HttpGet("matrix")]
    [ProducesResponseType<MatrixRow[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> GetMatrix([FromQuery] string[] cultures, [FromServices] TranslationStatusService status, CancellationToken cancellationToken)
    {
        if (cultures.Length == 0)
        {
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "Name the cultures", "Add one or more ?cultures= to choose the matrix's columns.");
        }

        return Ok((await status.GetMatrixAsync(cultures, cancellationToken)).Rows());
    }

    /// <summary>A document's fields per culture, with the source diff of outdated fields.</summary>
    [HttpGet("documents/{key:guid}")]
    [ProducesResponseType<DocumentTranslationStatus>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    public async Task<IActionResult> GetDocument(Guid key, [FromQuery] string[] cultures, [FromServices] TranslationStatusService status, CancellationToken cancellationToken) =>
        await status.GetDocumentAsync(key, cultures, cancellationToken) is { } document
            ? Ok(document)
            : ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no CarePages document {key} with a source version.");

    /// <summary>A document's audit trail in time order.</summary>
    [HttpGet("documents/{key:guid}/audit")]
    [ProducesResponseType<AuditEntryResponse[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetAudit(Guid key, [FromServices] ITranslationStateStore states, CancellationToken cancellationToken) =>
        Ok((await states.GetAuditTrailAsync(key, cancellationToken)).Select(AuditEntryResponse.Of).ToArray());

    /// <summary>Exports documents for translation: one XLIFF file, or a zip of Markdown files.</summary>
    [HttpPost("export")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/xliff+xml", "text/markdown", "application/zip")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Export(ExportRequestBody body, [FromServices] TranslationExportService export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        var result = await export.ExportAsync(new TranslationExportRequest { DocumentKeys = body.DocumentKeys, TargetCulture = body.TargetCulture, Format = body.Format, CopySourceToTarget = body.CopySourceToTarget }, actor, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblem.Create(ExportStatusCode(result.Status), "Export refused", string.Join(" ", result.Messages), result.Status.ToString());
        }

        Response.Headers["X-CarePages-Job"] = result.Job!.JobId;
        return result.Files.Count == 1
            ? File(result.Files[0].Content.ToArray(), result.Files[0].MediaType, result.Files[0].FileName)
            : File(Zip(result.Files), "application/zip", $"{result.Job.JobId}.{result.Job.TargetCulture}.zip");
    }

    /// <summary>Imports a returned XLIFF or Markdown file; the report says per document and field what happened.</summary>
    [HttpPost("import")]
    [ProducesResponseType<TranslationImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ApiProblem.MediaType)]
    [RequestSizeLimit(64L * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile file, [FromServices] TranslationImportService import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        await using var stream = file.OpenReadStream();
        var report = await import.ImportAsync(stream, actor, cancellationToken);
        return report.Status switch
        {
            TranslationImportStatus.Success or TranslationImportStatus.PartlyApplied or TranslationImportStatus.NothingApplied => Ok(report),
            TranslationImportStatus.CultureNotAllowed => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", string.Join(" ", report.Messages), report.Status.ToString()),
            TranslationImportStatus.FileTooLarge => ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "File too large", string.Join(" ", report.Messages), report.Status.ToString()),
            _ => ApiProblem.Create(StatusCodes.Status400BadRequest, "File refused", string.Join(" ", report.Messages), report.Status.ToString()),
        };
    }

    /// <summary>Sends fields for review, approves them, records editor changes, or keeps them after a source change.</summary>
    [HttpPost("documents/{key:guid}/cultures/{culture}/{step:regex(^(submit|approve|edited|no-retranslation)$)}")]
    [ProducesResponseType<ReviewedField[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Review(Guid key, string culture, string step, ReviewRequest? body, [FromServices] TranslationReviewService review, CancellationToken cancellationToken)
    {
        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        if (!actor.MayWorkOn(culture))
        {
            return ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", $"{actor.DisplayName} may not work on {culture}.", nameof(TranslationOperationStatus.CultureNotAllowed));
        }

        var paths = body?.Fields?.Select(p => new FieldPath(p)).ToArray();
        var result = step switch
        {
            "submit" => await review.SubmitForReviewAsync(key, culture, paths, actor, cancellationToken),
            "approve" => await review.ApproveAsync(key, culture, paths, actor, cancellationToken),
            "edited" => await review.RecordEditsAsync(key, culture, paths, actor, cancellationToken),
            _ => await review.MarkNoRetranslationNeededAsync(key, culture, paths, actor, cancellationToken),
        };
        return result.Status switch
        {
            TranslationReviewStatus.Success => Ok(result.Fields.Select(f => new ReviewedField(f.State.Path.Value, f.State.EffectiveStatus)).ToArray()),
            TranslationReviewStatus.DocumentNotFound => ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", result.Message!),
            TranslationReviewStatus.UnknownField => ApiProblem.Create(StatusCodes.Status400BadRequest, "Unknown field", result.Message!),
            _ => ApiProblem.Create(result.Fields.Any(f => f.Status is TranslationOperationStatus.SelfApproval or TranslationOperationStatus.NotReviewer) ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                "Refused", result.Message!, result.Fields.First(f => !f.Succeeded).Status.ToString()),
        };
    }

    /// <summary>Translation memory suggestions for a source text; never applied automatically.</summary>
    [HttpGet("memory/suggestions")]
    [ProducesResponseType<TranslationMemorySuggestion[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Suggest([FromQuery] string text, [FromQuery] string source, [FromQuery] string target, [FromServices] TranslationMemoryService memory, CancellationToken cancellationToken) =>
        Ok(await memory.SuggestAsync(text, source, target, 5, cancellationToken));

    /// <summary>The approved translations of a language pair as TMX 1.4b.</summary>
    [HttpGet("memory.tmx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tmx+xml")]
    public async Task<IActionResult> ExportMemory([FromQuery] string source, [FromQuery] string target, [FromServices] ITranslationMemoryStore memory, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var segments = await memory.GetAsync(source, target, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TmxWriter.WriteToString(segments, clock.GetUtcNow())), "application/x-tmx+xml", $"carepages-{source}-{target}.tmx");
    }

    /// <summary>The glossary of a language pair as TBX-Basic.</summary>
    [HttpGet("glossary.tbx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tbx+xml")]
    public async Task<IActionResult> ExportGlossary([FromQuery] string source, [FromQuery] string target, [FromServices] IGlossaryStore glossaries, CancellationToken cancellationToken)
    {
        var glossary = await glossaries.GetAsync(new LanguagePair(source, target), cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TbxWriter.WriteToString(glossary)), "application/x-tbx+xml", $"carepages-{source}-{target}.tbx");
    }

    private static byte[] Zip(IReadOnlyList<ExchangeFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                using var entry = zip.CreateEntry(file.FileName).Open();
                entry.Write(file.Content.Span);
            }
        }

        return buffer.ToArray();
    }

    private static int ExportStatusCode(TranslationExportStatus status) => status switch
    {
        TranslationExportStatus.CultureNotAllowed => StatusCodes.Status403Forbidden,
        TranslationExportStatus.DocumentNotFound => StatusCodes.Status404NotFound,
        TranslationExportStatus.NothingToTranslate => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
