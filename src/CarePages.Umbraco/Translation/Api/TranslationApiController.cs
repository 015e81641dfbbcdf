using System.IO.Compression;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// The translation workflow over HTTP: status, export, import, review and approval, audit trail, translation memory
/// and glossary. Every endpoint asks <see cref="IDocumentAuthorizer"/> first: reading needs Read on the document;
/// export, import and the review steps need Update on every document and the target culture among the user's
/// languages; approval needs Publish and the culture. Refusals are ProblemDetails that name the document or culture.
/// </summary>
[Route(CarePagesApiAuthorization.RoutePrefix + "/translation")]
public sealed class TranslationApiController : CarePagesApiController
{
    private readonly ITranslationActorAccessor _actors;
    private readonly IDocumentAuthorizer _authorizer;
    private readonly IContentCultureCatalogue _cultures;
    private readonly string _sourceCulture;

    /// <summary>Creates the controller.</summary>
    public TranslationApiController(ITranslationActorAccessor actors, IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures, TranslationExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _actors = actors;
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
    public async Task<IActionResult> GetMatrix([FromQuery] string[] cultures, [FromServices] TranslationStatusService status, CancellationToken cancellationToken)
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
        var rows = (await status.GetMatrixAsync(columns, cancellationToken)).Rows();
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
            return ApiProblem.Refused(refusal, uiCulture);
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
            return ApiProblem.Refused(refusal);
        }

        // An empty trail for a key that names no document would read as "nothing happened to it".
        return await drafts.GetDraftAsync(key, cancellationToken) is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", $"There is no CarePages document {key}.")
            : Ok(await ReadableAsync(await states.GetAuditTrailAsync(key, cancellationToken), cancellationToken));
    }

    /// <summary>Exports documents for translation: one XLIFF file, or a zip of Markdown files; refusals in <paramref name="uiCulture"/>.</summary>
    [HttpPost("export")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/xliff+xml", "text/markdown", "application/zip")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Export(ExportRequestBody body, [FromServices] TranslationExportService export, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(body);
        var (target, unknown) = await RequestedCultures.ResolveAsync(_cultures, [body.TargetCulture], cancellationToken, uiCulture: uiCulture);
        if (unknown is not null)
        {
            return unknown;
        }

        if (await _authorizer.AuthorizeAsync(body.DocumentKeys, DocumentAccess.Update, target, cancellationToken) is { Succeeded: false } refusal)
        {
            return ApiProblem.Refused(refusal, uiCulture);
        }

        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        var result = await export.ExportAsync(new TranslationExportRequest { DocumentKeys = body.DocumentKeys, TargetCulture = target[0], Format = body.Format, CopySourceToTarget = body.CopySourceToTarget }, actor, cancellationToken);
        if (!result.Succeeded)
        {
            var refused = await export.LabelAsync(result, uiCulture, cancellationToken);
            return ApiProblem.Create(ExportStatusCode(result.Status), "Export refused", string.Join(" ", refused.Messages), result.Status.ToString());
        }

        Response.Headers["X-CarePages-Job"] = result.Job!.JobId;
        return result.Files.Count == 1
            ? File(result.Files[0].Content.ToArray(), result.Files[0].MediaType, result.Files[0].FileName)
            : File(Zip(result.Files), "application/zip", $"{result.Job.JobId}.{result.Job.TargetCulture}.zip");
    }

    /// <summary>
    /// Imports a returned XLIFF or Markdown file (form field <c>file</c>); the report says per document and field what
    /// happened. Every document the file can touch is authorised (Update and the job's culture) before anything is
    /// saved: one refusal refuses the file. The form is read here, after sign-in is checked, so that an anonymous request
    /// is 401 whatever it sends and a body over the limit is 413, not a model-binding error.
    /// A file imported before changes nothing (<c>AlreadyApplied</c>); fields translated again after the file was exported
    /// keep the newer translation (<c>NeedsConfirmation</c>, with each diff) unless <paramref name="replaceNewer"/> is true.
    /// Documents and fields carry names for people in <paramref name="uiCulture"/> beside their keys and paths; refusals are written in it.
    /// </summary>
    [HttpPost("import")]
    [ProducesResponseType<TranslationImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ApiProblem.MediaType)]
    [RequestSizeLimit(MaxImportRequestBytes)]
    public async Task<IActionResult> Import(
        [FromQuery] bool replaceNewer,
        [FromServices] TranslationImportService import,
        [FromServices] ITranslationJobStore jobs,
        [FromServices] TranslationExchangeOptions options,
        CancellationToken cancellationToken,
        [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        if (!Request.HasFormContentType)
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, "Send a form",
                ExchangeNote.Keyed(ApiMessages.SendAForm, ("contentType", Request.ContentType ?? string.Empty)).In(uiCulture));
        }

        var files = (await Request.ReadFormAsync(cancellationToken)).Files;

        // One part named "file": a second one would otherwise be dropped without a word.
        if (files.Count > 1)
        {
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "One file at a time", ExchangeNote.Counted(ApiMessages.OneFileAtATime, files.Count).In(uiCulture));
        }

        if (files.GetFile("file") is not { } file)
        {
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "No file", ExchangeNote.Keyed(ApiMessages.NoFile).In(uiCulture));
        }

        // A file over the limit is refused by the import unread; any other is read once, authorised, then imported.
        var content = file.Length > options.MaxFileBytes ? null : await ReadAllAsync(file, cancellationToken);
        if (content is not null
            && await ImportScope.ReadAsync(content, jobs, cancellationToken) is { } scope
            && await _authorizer.AuthorizeAsync(scope.DocumentKeys, DocumentAccess.Update, [scope.TargetCulture], cancellationToken) is { Succeeded: false } refusal)
        {
            return ApiProblem.Refused(refusal, uiCulture);
        }

        await using var stream = content is null ? file.OpenReadStream() : new MemoryStream(content, writable: false);
        var report = await import.LabelAsync(await import.ImportAsync(stream, actor, replaceNewer, cancellationToken), uiCulture, cancellationToken);
        return report.Status switch
        {
            TranslationImportStatus.Success or TranslationImportStatus.PartlyApplied or TranslationImportStatus.NothingApplied
                or TranslationImportStatus.AlreadyApplied or TranslationImportStatus.NeedsConfirmation => Ok(report),
            TranslationImportStatus.CultureNotAllowed => ApiProblem.Create(StatusCodes.Status403Forbidden, "Not your language", string.Join(" ", report.Messages), report.Status.ToString()),
            TranslationImportStatus.FileTooLarge => ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "File too large", string.Join(" ", report.Messages), report.Status.ToString()),
            _ => ApiProblem.Create(StatusCodes.Status400BadRequest, "File refused", string.Join(" ", report.Messages), report.Status.ToString()),
        };
    }

    /// <summary>
    /// Sends fields for review, approves them, records editor changes, or keeps them after a source change. Approving
    /// needs Publish on the document, the other steps Update; all need the culture among the user's languages. Refusals
    /// are written in <paramref name="uiCulture"/>'s language.
    /// </summary>
    [HttpPost("documents/{key:guid}/cultures/{culture}/{step:regex(^(submit|approve|edited|no-retranslation)$)}")]
    [ProducesResponseType<ReviewedField[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Review(Guid key, string culture, string step, ReviewRequest? body, [FromServices] TranslationReviewService review, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        var (resolved, unknown) = await RequestedCultures.ResolveAsync(_cultures, [culture], cancellationToken, uiCulture: uiCulture);
        if (unknown is not null)
        {
            return unknown;
        }

        culture = resolved[0];
        if (await _authorizer.AuthorizeAsync(key, step == "approve" ? DocumentAccess.Publish : DocumentAccess.Update, culture, cancellationToken) is { Succeeded: false } refusal)
        {
            return ApiProblem.Refused(refusal, uiCulture);
        }

        if (await _actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return ApiProblem.NotSignedIn();
        }

        var paths = body?.Fields?.Select(p => new FieldPath(p)).ToArray();
        var result = step switch
        {
            "submit" => await review.SubmitForReviewAsync(key, culture, paths, actor, cancellationToken),
            "approve" => await review.ApproveAsync(key, culture, paths, actor, cancellationToken),
            "edited" => await review.RecordEditsAsync(key, culture, paths, actor, cancellationToken),
            _ => await review.MarkNoRetranslationNeededAsync(key, culture, paths, actor, cancellationToken),
        };
        if (result.Succeeded)
        {
            return Ok(result.Fields.Select(f => new ReviewedField(f.State.Path.Value, f.State.EffectiveStatus)).ToArray());
        }

        var message = await review.MessageInAsync(result, key, uiCulture, cancellationToken) ?? string.Empty;
        return result.Status switch
        {
            TranslationReviewStatus.DocumentNotFound => ApiProblem.Create(StatusCodes.Status404NotFound, "No such document", message),
            TranslationReviewStatus.UnknownField => ApiProblem.Create(StatusCodes.Status400BadRequest, "Unknown field", message),
            _ => ApiProblem.Create(result.Fields.Any(f => f.Status is TranslationOperationStatus.SelfApproval or TranslationOperationStatus.NotReviewer) ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                "Refused", message, result.Fields.First(f => !f.Succeeded).Status.ToString()),
        };
    }

    /// <summary>Translation memory suggestions for a source text, into one of the user's languages; never applied automatically.</summary>
    [HttpGet("memory/suggestions")]
    [ProducesResponseType<TranslationMemorySuggestion[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> Suggest([FromQuery] string text, [FromQuery] string source, [FromQuery] string target, [FromServices] TranslationMemoryService memory, CancellationToken cancellationToken)
    {
        var (pair, refusal) = await LanguagePairAsync(source, target, cancellationToken);
        return refusal ?? Ok(await memory.SuggestAsync(text, pair.SourceCulture, pair.TargetCulture, 5, cancellationToken));
    }

    /// <summary>The approved translations of a language pair as TMX 1.4b, when the user may read both languages.</summary>
    [HttpGet("memory.tmx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tmx+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> ExportMemory([FromQuery] string source, [FromQuery] string target, [FromServices] ITranslationMemoryStore memory, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var (pair, refusal) = await LanguagePairAsync(source, target, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var segments = await memory.GetAsync(pair.SourceCulture, pair.TargetCulture, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TmxWriter.WriteToString(segments, clock.GetUtcNow())), "application/x-tmx+xml", $"carepages-{pair.SourceCulture}-{pair.TargetCulture}.tmx");
    }

    /// <summary>The glossary of a language pair as TBX-Basic, when the user may read both languages.</summary>
    [HttpGet("glossary.tbx")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/x-tbx+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    public async Task<IActionResult> ExportGlossary([FromQuery] string source, [FromQuery] string target, [FromServices] IGlossaryStore glossaries, CancellationToken cancellationToken)
    {
        var (pair, refusal) = await LanguagePairAsync(source, target, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var glossary = await glossaries.GetAsync(pair, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(TbxWriter.WriteToString(glossary)), "application/x-tbx+xml", $"carepages-{pair.SourceCulture}-{pair.TargetCulture}.tbx");
    }

    // Both languages in the site's spelling (a bare language of a site culture too), then the user's right to read them.
    private async Task<(LanguagePair Pair, IActionResult? Refusal)> LanguagePairAsync(string source, string target, CancellationToken cancellationToken)
    {
        var (resolved, unknown) = await RequestedCultures.ResolveAsync(_cultures, [source, target], cancellationToken, bareLanguages: true);
        if (unknown is not null)
        {
            return (null!, unknown);
        }

        var pair = new LanguagePair(resolved[0], resolved[1]);
        return await _authorizer.AuthorizeLanguagePairAsync(pair.SourceCulture, pair.TargetCulture, _sourceCulture, cancellationToken) is { Succeeded: false } refusal
            ? (pair, ApiProblem.Refused(refusal))
            : (pair, null);
    }

    // The entries of the cultures the user may read (see FilterReadableCulturesAsync).
    private async Task<AuditEntryResponse[]> ReadableAsync(IReadOnlyList<TranslationAuditEntry> trail, CancellationToken cancellationToken)
    {
        var readable = (await _authorizer.FilterReadableCulturesAsync(trail.Select(e => e.Culture).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), _sourceCulture, cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return trail.Where(e => readable.Contains(e.Culture)).Select(AuditEntryResponse.Of).ToArray();
    }

    // The file's own limit (TranslationExchangeOptions.MaxFileBytes, 20 MB by default) is checked by the import; this bounds the request.
    private const long MaxImportRequestBytes = 64L * 1024 * 1024;

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
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
        TranslationExportStatus.NothingToTranslate or TranslationExportStatus.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
