using System.Text.Json.Nodes;
using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.Azure;

/// <summary>
/// Azure AI Translator's Text API v3, as Microsoft documents it: pairs from <c>GET /languages?api-version=3.0&amp;scope=translation</c>
/// (no key needed; any language into any other); segments through <c>POST /translate?api-version=3.0&amp;from=…&amp;to=…&amp;textType=html</c>
/// with a JSON array body <c>[{"Text": …}]</c>, in requests of at most 1,000 elements and 50,000 characters, the codes
/// carried as HTML (see <see cref="AzureMarkup"/>) and glossary terms marked where Translator documents a way. The key goes
/// in the <c>Ocp-Apim-Subscription-Key</c> header only, with <c>Ocp-Apim-Subscription-Region</c> when a region is set and
/// a fresh <c>X-ClientTraceId</c> per request for Microsoft's support.
/// </summary>
public sealed class AzureTranslatorEngine(HttpClient http, MachineTranslationOptions options) : IMachineTranslationEngine
{
    private const string Service = "Azure Translator v3.0";

    // Translator's documented limits for Translate: 1,000 array elements, 50,000 characters in all (one target language).
    private const int MaxElements = 1_000;
    private const int MaxCharacters = 50_000;

    /// <inheritdoc />
    public string Name => MachineTranslationEngines.Azure;

    private AzureTranslatorOptions Settings => options.Azure;

    /// <inheritdoc />
    public async Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(options.Timeout);
        return await DescribeAsync(timeout.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(Settings.Key))
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.NotAuthorised, Service, "No Azure Translator key is configured (CarePages:MachineTranslation:Azure:Key).");
        }

        using var timeout = new CancellationTokenSource(options.Timeout);
        var description = await DescribeAsync(timeout.Token, cancellationToken).ConfigureAwait(false);
        if (description.Status != MachineTranslationStatus.Success)
        {
            return MachineTranslationResult.Failed(description.Status, Service, description.Detail ?? string.Empty);
        }

        if (description.PairFor(request.SourceCulture, request.TargetCulture) is not { } pair)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.LanguagePairNotSupported, Service, $"Azure Translator offers no pair {request.SourceCulture} → {request.TargetCulture}.");
        }

        var version = $"{Service} {pair.SourceCulture}→{pair.TargetCulture}";
        if (SegmentBatches.TooLong(request.Segments, options.MaxSegmentCharacters) is { } tooLong)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.SegmentTooLong, version, tooLong);
        }

        var dictionary = AzureMarkup.DictionaryWorks(pair.SourceCulture, pair.TargetCulture);
        var html = request.Segments.Select(s => AzureMarkup.ToHtml(s, request.Glossary, dictionary)).ToArray();
        var uri = new Uri(Settings.BaseAddress, $"translate?api-version=3.0&from={Uri.EscapeDataString(pair.SourceCulture)}&to={Uri.EscapeDataString(pair.TargetCulture)}&textType=html");
        var answer = await SegmentBatches.TranslateAsync(
            html, new BatchLimits(MaxElements, MaxCharacters, text => text.Length), batch => TranslateBatchAsync(uri, batch, timeout.Token, cancellationToken)).ConfigureAwait(false);
        return answer.ToResult(version);
    }

    private async Task<MachineEngineDescription> DescribeAsync(CancellationToken timeout, CancellationToken cancellationToken)
    {
        // The language list needs no key, so none is sent with it.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Settings.BaseAddress, "languages?api-version=3.0&scope=translation"));
        request.Headers.Add("X-ClientTraceId", Guid.NewGuid().ToString());
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            return new MachineEngineDescription(Name, AzureAnswers.StatusOf(status, body), Service, [], detail);
        }

        return AzureAnswers.Pairs(body!) is { } pairs
            ? new MachineEngineDescription(Name, MachineTranslationStatus.Success, Service, pairs)
            : new MachineEngineDescription(Name, MachineTranslationStatus.MalformedResponse, Service, [], "The language list could not be read.");
    }

    private async Task<BatchAnswer> TranslateBatchAsync(Uri uri, IReadOnlyList<string> html, CancellationToken timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = EngineJson.Content(new JsonArray(html.Select(text => (JsonNode?)new JsonObject { ["Text"] = text }).ToArray())),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", Settings.Key!.Trim());
        if (!string.IsNullOrWhiteSpace(Settings.Region))
        {
            request.Headers.Add("Ocp-Apim-Subscription-Region", Settings.Region.Trim());
        }

        request.Headers.Add("X-ClientTraceId", Guid.NewGuid().ToString());
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            return BatchAnswer.Failed(AzureAnswers.StatusOf(status, body), detail);
        }

        if (AzureAnswers.Translations(body!) is not { } translations)
        {
            return BatchAnswer.Failed(MachineTranslationStatus.MalformedResponse, "The translations could not be read.");
        }

        var markup = translations.Select(AzureMarkup.FromHtml).ToArray();
        return markup.All(m => m is not null)
            ? BatchAnswer.Of(markup!)
            : BatchAnswer.Failed(MachineTranslationStatus.MalformedResponse, "A translation's markup did not nest.");
    }
}
