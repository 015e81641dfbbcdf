using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Messages;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>Imports returned translation files; every document a file can touch is authorised before anything is saved.</summary>
public sealed class TranslationImportApiController(ITranslationActorAccessor actors, IDocumentAuthorizer authorizer) : TranslationApiControllerBase
{
    // The file's own limit (TranslationExchangeOptions.MaxFileBytes, 20 MB by default) is checked by the import; this bounds the request.
    private const long MaxImportRequestBytes = 64L * 1024 * 1024;

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
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(options);
        if (await actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
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
            && await authorizer.AuthorizeAsync(scope.DocumentKeys, DocumentAccess.Update, [scope.TargetCulture], cancellationToken) is { Succeeded: false } refusal)
        {
            return OperationStatusProblem.Refused(refusal, uiCulture);
        }

        await using var stream = content is null ? file.OpenReadStream() : new MemoryStream(content, writable: false);
        return OperationStatusProblem.Of(await import.LabelAsync(await import.ImportAsync(stream, actor, replaceNewer, cancellationToken), uiCulture, cancellationToken));
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
    }
}
