using System.IO.Compression;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>Exports documents for translation; needs Update on every document and the target culture among the user's languages.</summary>
public sealed class TranslationExportApiController(ITranslationActorAccessor actors, IDocumentAuthorizer authorizer, IContentCultureCatalogue cultures)
    : TranslationApiControllerBase
{
    /// <summary>Exports documents for translation: one XLIFF file, or a zip of Markdown files; refusals in <paramref name="uiCulture"/>.</summary>
    [HttpPost("export")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/xliff+xml", "text/markdown", "application/zip")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Export(ExportRequestBody body, [FromServices] TranslationExportService export, CancellationToken cancellationToken, [FromQuery] string uiCulture = "en")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(export);
        var (target, actor, refusal) = await TranslatorRequest.AuthorizeAsync(cultures, authorizer, actors, body.DocumentKeys, body.TargetCulture, uiCulture, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await export.ExportAsync(new TranslationExportRequest { DocumentKeys = body.DocumentKeys, TargetCulture = target, Format = body.Format, CopySourceToTarget = body.CopySourceToTarget }, actor!, cancellationToken);
        if (!result.Succeeded)
        {
            var refused = await export.LabelAsync(result, uiCulture, cancellationToken);
            return OperationStatusProblem.Of(result.Status, string.Join(" ", refused.Messages));
        }

        Response.Headers["X-CarePages-Job"] = result.Job!.JobId;
        return result.Files.Count == 1
            ? File(result.Files[0].Content.ToArray(), result.Files[0].MediaType, result.Files[0].FileName)
            : File(Zip(result.Files), "application/zip", $"{result.Job.JobId}.{result.Job.TargetCulture}.zip");
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
}
