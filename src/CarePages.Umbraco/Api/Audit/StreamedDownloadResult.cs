using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>A download written straight to the response as it is made, for exports too large to build in memory first.</summary>
internal sealed class StreamedDownloadResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName }.ToString();
        await write(response.Body, context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
