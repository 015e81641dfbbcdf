using System.Net;

namespace CarePages.Core.Translation.Machine;

/// <summary>
/// One HTTP call to an engine, its failures turned into <see cref="MachineTranslationStatus"/> values: the one place
/// engines map transport errors, time-outs and HTTP statuses, so that every engine reports them alike. Details name
/// the status code only, never the request, its key or its text.
/// </summary>
internal static class EngineHttpCall
{
    /// <summary>
    /// Sends <paramref name="request"/>; the body of a successful answer, or the failure. <paramref name="timeout"/>
    /// is the engine's deadline; a cancellation by <paramref name="cancellationToken"/> is thrown, not reported.
    /// </summary>
    public static async Task<(string? Body, MachineTranslationStatus Status, string? Detail)> SendAsync(
        HttpClient http, HttpRequestMessage request, CancellationToken timeout, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout, cancellationToken);
        try
        {
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? (body, MachineTranslationStatus.Success, null)
                : (body, StatusOf(response.StatusCode), $"The engine answered HTTP {(int)response.StatusCode}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, MachineTranslationStatus.Timeout, "The engine did not answer in time.");
        }
        catch (HttpRequestException error)
        {
            return (null, MachineTranslationStatus.EngineUnavailable, $"The engine could not be reached ({error.HttpRequestError}).");
        }
    }

    /// <summary>What an HTTP error status from an engine means.</summary>
    public static MachineTranslationStatus StatusOf(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => MachineTranslationStatus.NotAuthorised,
        413 => MachineTranslationStatus.SegmentTooLong,
        429 => MachineTranslationStatus.RateLimited,
        456 => MachineTranslationStatus.QuotaExceeded,
        >= 500 => MachineTranslationStatus.EngineUnavailable,
        _ => MachineTranslationStatus.MalformedResponse,
    };
}
