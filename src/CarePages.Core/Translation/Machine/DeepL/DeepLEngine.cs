using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CarePages.Core.Text;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>
/// DeepL's API v2, as DeepL documents it: pairs from <c>GET /v2/languages?type=source</c> and <c>?type=target</c>
/// (any source into any target of another language); segments through <c>POST /v2/translate</c> with a JSON body, in
/// batches of at most 50 texts and 128 KiB, with <c>tag_handling=xml</c> so the <c>&lt;g&gt;</c> and <c>&lt;x/&gt;</c>
/// codes stay tags, and both named <c>non_splitting_tags</c> so that DeepL's outline detection does not take a code
/// around a word for a structure that splits the sentence. A pair's glossary becomes a DeepL glossary
/// (<c>POST /v3/glossaries</c>, TSV entries), created once per account, pair and entries and then reused, and is passed as
/// <c>glossary_id</c>. The key goes in the <c>Authorization: DeepL-Auth-Key</c> header only, never in a URL or a message.
/// </summary>
public sealed class DeepLEngine(HttpClient http, MachineTranslationOptions options) : IMachineTranslationEngine
{
    private const string Service = "DeepL API v2";

    // DeepL's documented limits for /v2/translate: 50 texts, and a request body of 128 KiB.
    private const int MaxTexts = 50;
    private const int MaxBodyBytes = 128 * 1024;

    // Glossaries created, by DeepLGlossaryEntries.CacheKey: shared by every engine in the process, since an engine may be
    // created per request and DeepL keeps a glossary until it is deleted.
    private static readonly ConcurrentDictionary<string, string> CreatedGlossaries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => MachineTranslationEngines.DeepL;

    private DeepLOptions Settings => options.DeepL;

    /// <inheritdoc />
    public async Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(options.Timeout);
        var (languages, status, detail) = await LanguagesAsync(timeout.Token, cancellationToken).ConfigureAwait(false);
        return languages is null
            ? new MachineEngineDescription(Name, status, Service, [], detail)
            : new MachineEngineDescription(Name, MachineTranslationStatus.Success, Service, languages.Pairs);
    }

    /// <inheritdoc />
    public async Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(options.Timeout);
        var (languages, status, detail) = await LanguagesAsync(timeout.Token, cancellationToken).ConfigureAwait(false);
        if (languages is null)
        {
            return MachineTranslationResult.Failed(status, Service, detail ?? string.Empty);
        }

        var description = new MachineEngineDescription(Name, MachineTranslationStatus.Success, Service, languages.Pairs);
        if (description.PairFor(request.SourceCulture, request.TargetCulture) is not { } pair)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.LanguagePairNotSupported, Service, $"DeepL offers no pair {request.SourceCulture} → {request.TargetCulture}.");
        }

        var (source, target) = (pair.SourceCulture.ToUpperInvariant(), pair.TargetCulture.ToUpperInvariant());
        var version = $"{Service} {source}→{target}";
        if (SegmentBatches.TooLong(request.Segments, options.MaxSegmentCharacters) is { } tooLong)
        {
            return MachineTranslationResult.Failed(MachineTranslationStatus.SegmentTooLong, version, tooLong);
        }

        var glossary = await GlossaryIdAsync(request.Glossary, source, target, timeout.Token, cancellationToken).ConfigureAwait(false);
        if (glossary.Status != MachineTranslationStatus.Success)
        {
            return MachineTranslationResult.Failed(glossary.Status, version, glossary.Detail ?? string.Empty);
        }

        var parameters = new DeepLTranslateParameters(source, target, FormalityFor(languages, target), glossary.Id);
        var overhead = EngineJson.Text(TranslateBody([], parameters)).Length;
        var limits = new BatchLimits(MaxTexts, MaxBodyBytes - overhead, text => EngineJson.Utf8Size(text) + 1);
        var answer = await SegmentBatches.TranslateAsync(
            request.Segments, limits, batch => TranslateBatchAsync(batch, parameters, timeout.Token, cancellationToken)).ConfigureAwait(false);
        if (answer.Status == MachineTranslationStatus.MalformedResponse && glossary.CacheKey is { } cached)
        {
            // A refused request with a glossary may be one deleted at DeepL since it was created: the next translation
            // creates it again rather than fail the same way until the process restarts.
            CreatedGlossaries.TryRemove(cached, out _);
        }

        return answer.ToResult(version);
    }

    private async Task<BatchAnswer> TranslateBatchAsync(IReadOnlyList<string> texts, DeepLTranslateParameters parameters, CancellationToken timeout, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "v2/translate");
        request.Content = EngineJson.Content(TranslateBody(texts, parameters));
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            return BatchAnswer.Failed(status, detail);
        }

        return DeepLAnswers.Translations(body!) is { } translations
            ? BatchAnswer.Of(translations)
            : BatchAnswer.Failed(MachineTranslationStatus.MalformedResponse, "The translations could not be read.");
    }

    private static JsonObject TranslateBody(IReadOnlyList<string> texts, DeepLTranslateParameters parameters)
    {
        var body = new JsonObject
        {
            ["text"] = EngineJson.Array(texts),
            ["source_lang"] = parameters.Source,
            ["target_lang"] = parameters.Target,
            ["tag_handling"] = "xml",
            ["tag_handling_version"] = "v2",
            ["non_splitting_tags"] = EngineJson.Array(["g", "x"]),
            ["split_sentences"] = "nonewlines",
        };
        if (parameters.Formality is { } formality)
        {
            body["formality"] = formality;
        }

        if (parameters.GlossaryId is { } glossaryId)
        {
            body["glossary_id"] = glossaryId;
        }

        return body;
    }

    /// <summary>
    /// The <c>formality</c> to send into <paramref name="target"/>: none for the default; <c>more</c> or <c>less</c> only
    /// where the target supports formality (DeepL refuses them otherwise); the <c>prefer_</c> values always.
    /// </summary>
    private string? FormalityFor(DeepLLanguages languages, string target) => Settings.Formality switch
    {
        DeepLFormality.More when languages.SupportsFormality(target) => "more",
        DeepLFormality.Less when languages.SupportsFormality(target) => "less",
        DeepLFormality.PreferMore => "prefer_more",
        DeepLFormality.PreferLess => "prefer_less",
        _ => null,
    };

    /// <summary>
    /// The id of the DeepL glossary holding <paramref name="glossary"/>'s entries for the pair, created now unless one was
    /// for the same account and entries; none when there are no entries, or when DeepL refuses the glossary as a bad
    /// request (a pair it keeps no glossaries for), since the package checks the terms in the output anyway.
    /// </summary>
    private async Task<(string? Id, string? CacheKey, MachineTranslationStatus Status, string? Detail)> GlossaryIdAsync(
        LanguagePairGlossary? glossary, string source, string target, CancellationToken timeout, CancellationToken cancellationToken)
    {
        if (DeepLGlossaryEntries.Tsv(glossary) is not { } tsv)
        {
            return (null, null, MachineTranslationStatus.Success, null);
        }

        // A glossary's languages are bare: an EN glossary serves EN-GB and EN-US, a PT one PT-PT and PT-BR.
        var (sourceLang, targetLang) = (CultureNames.LanguageOf(source), CultureNames.LanguageOf(target));
        var key = DeepLGlossaryEntries.CacheKey(Settings.ServiceAddress, Settings.AuthKey ?? string.Empty, sourceLang, targetLang, tsv);
        if (CreatedGlossaries.TryGetValue(key, out var known))
        {
            return (known, key, MachineTranslationStatus.Success, null);
        }

        using var request = Request(HttpMethod.Post, "v3/glossaries");
        request.Content = EngineJson.Content(new JsonObject
        {
            ["name"] = $"CarePages {sourceLang}-{targetLang} {key[..12]}",
            ["dictionaries"] = new JsonArray(new JsonObject
            {
                ["source_lang"] = sourceLang,
                ["target_lang"] = targetLang,
                ["entries"] = tsv,
                ["entries_format"] = "tsv",
            }),
        });
        var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
        if (status != MachineTranslationStatus.Success)
        {
            // EngineHttpCall reports an HTTP error it has no meaning for (400, 404) as MalformedResponse: DeepL refused
            // this glossary, which is no reason to refuse the translation.
            return status == MachineTranslationStatus.MalformedResponse
                ? (null, null, MachineTranslationStatus.Success, null)
                : (null, null, status, detail);
        }

        if (DeepLAnswers.GlossaryId(body!) is not { } created)
        {
            return (null, null, MachineTranslationStatus.MalformedResponse, "The glossary DeepL created could not be read.");
        }

        CreatedGlossaries[key] = created;
        return (created, key, MachineTranslationStatus.Success, null);
    }

    private async Task<(DeepLLanguages? Languages, MachineTranslationStatus Status, string? Detail)> LanguagesAsync(CancellationToken timeout, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Settings.AuthKey))
        {
            return (null, MachineTranslationStatus.NotAuthorised, "No DeepL authentication key is configured (CarePages:MachineTranslation:DeepL:AuthKey).");
        }

        var lists = new List<IReadOnlyList<(string Code, bool SupportsFormality)>>();
        foreach (var type in new[] { "source", "target" })
        {
            using var request = Request(HttpMethod.Get, $"v2/languages?type={type}");
            var (body, status, detail) = await EngineHttpCall.SendAsync(http, request, timeout, cancellationToken).ConfigureAwait(false);
            if (status != MachineTranslationStatus.Success)
            {
                return (null, status, detail);
            }

            if (DeepLAnswers.Languages(body!) is not { } list)
            {
                return (null, MachineTranslationStatus.MalformedResponse, $"The {type} languages could not be read.");
            }

            lists.Add(list);
        }

        var targets = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, formality) in lists[1])
        {
            targets[code] = formality;
        }

        return (new DeepLLanguages(lists[0].Select(l => l.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), targets), MachineTranslationStatus.Success, null);
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(Settings.ServiceAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("DeepL-Auth-Key", Settings.AuthKey!.Trim());
        return request;
    }
}
