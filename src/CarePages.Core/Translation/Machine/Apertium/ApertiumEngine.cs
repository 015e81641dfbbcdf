using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine.Apertium;

/// <summary>
/// Apertium through its HTTP service <c>apertium-apy</c>, usually on the same server: pairs from <c>/listPairs</c>
/// (ISO 639-3 codes, written as two-letter ones where there is one), one <c>/translate</c> request per segment in HTML mode (<c>format=html</c>, so codes stay
/// tags) with unknown words left unmarked. APY reports no version, so the version recorded is the service and the pair.
/// </summary>
public sealed class ApertiumEngine(HttpClient http, MachineTranslationOptions options) : IMachineTranslationEngine
{
    private const string Service = "apertium-apy";

    /// <inheritdoc />
    public string Name => MachineTranslationEngines.Apertium;

    /// <inheritdoc />
    public async Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Apertium.BaseAddress, "listPairs"));
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout.Token, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            return new MachineEngineDescription(Name, status, Service, [], detail);
        }

        var pairs = ApertiumAnswers.Pairs(body!);
        return pairs is null
            ? new MachineEngineDescription(Name, MachineTranslationStatus.MalformedResponse, Service, [], "The pair list could not be read.")
            : new MachineEngineDescription(Name, MachineTranslationStatus.Success, Service, pairs);
    }

    /// <inheritdoc />
    public async Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var description = await DescribeAsync(cancellationToken).ConfigureAwait(false);
        if (description.Status != MachineTranslationStatus.Success)
        {
            return MachineTranslationResult.Failed(description.Status, Service, description.Detail ?? string.Empty);
        }

        if (description.PairFor(request.SourceCulture, request.TargetCulture) is not { } pair)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.LanguagePairNotSupported, Service, $"apertium-apy offers no pair {request.SourceCulture} → {request.TargetCulture}.");
        }

        var version = $"{Service} {pair.SourceCulture}-{pair.TargetCulture}";
        if (request.Segments.FirstOrDefault(s => s.Length > options.MaxSegmentCharacters) is { } tooLong)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.SegmentTooLong, version, $"A segment of {tooLong.Length} characters is over the limit of {options.MaxSegmentCharacters}.");
        }

        using var timeout = new CancellationTokenSource(options.Timeout);
        using var throttle = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentRequests));
        var calls = request.Segments.Select(async segment =>
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await TranslateOneAsync(segment, pair, timeout.Token, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                throttle.Release();
            }
        }).ToArray();
        var answers = await Task.WhenAll(calls).ConfigureAwait(false);
        return answers.FirstOrDefault(a => a.Status != MachineTranslationStatus.Success) is { Status: not MachineTranslationStatus.Success } failed
            ? MachineTranslationResult.Failed(failed.Status, version, failed.Detail ?? string.Empty)
            : new MachineTranslationResult(MachineTranslationStatus.Success, answers.Select(a => a.Text!).ToArray(), version);
    }

    private async Task<(string? Text, MachineTranslationStatus Status, string? Detail)> TranslateOneAsync(string segment, LanguagePair pair, CancellationToken timeout, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["langpair"] = $"{pair.SourceCulture}|{pair.TargetCulture}",
            ["q"] = segment,
            ["format"] = "html",
            ["markUnknown"] = "no",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Apertium.BaseAddress, "translate")) { Content = content };
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            return (null, ApertiumAnswers.IsPairMissing(body) ? MachineTranslationStatus.LanguagePairNotSupported : status, detail);
        }

        return ApertiumAnswers.TranslatedText(body!) is { } text
            ? (text, MachineTranslationStatus.Success, null)
            : (null, MachineTranslationStatus.MalformedResponse, "The translation could not be read.");
    }
}
