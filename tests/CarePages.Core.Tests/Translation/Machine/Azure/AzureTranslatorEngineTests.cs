using System.Globalization;
using System.Text.Json.Nodes;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.Azure;

namespace CarePages.Core.Tests.Translation.Machine.Azure;

/// <summary>
/// The Azure AI Translator engine against <see cref="FakeAzureTranslator"/>, Translator v3's documented contract on a
/// loopback server: no test reaches Azure, so these show that the engine sends what the documentation asks for and reads
/// what it says comes back.
/// </summary>
public sealed class AzureTranslatorEngineTests : CloudEngineContract
{
    private static readonly LanguagePair EnEs = new("en", "es");

    private readonly FakeAzureTranslator _azure = new();
    protected override string Key => _azure.Key;

    protected override string TranslatePath => "/translate";

    [Fact]
    public async Task DescribeAsync_LanguagesListed_OffersEveryPairAndSendsNoKey()
    {
        var description = await Engine().DescribeAsync();

        Assert.Equal(MachineTranslationStatus.Success, description.Status);
        Assert.Contains(new LanguagePair("en", "es"), description.Pairs);
        Assert.Contains(new LanguagePair("fr", "zh-Hans"), description.Pairs);
        Assert.DoesNotContain(new LanguagePair("en", "en"), description.Pairs);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/languages", request.Path);
        Assert.Equal("3.0", request.Query["api-version"]);
        Assert.Equal("translation", request.Query["scope"]);
        Assert.Null(request.Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task TranslateAsync_Segments_PostsTheDocumentedRequest()
    {
        _azure.Region = "westeurope";

        var result = await Engine(o => o.Region = "westeurope").TranslateAsync(Request(["Take one tablet.", "Call us."]));

        Assert.True(result.Succeeded, result.Detail);
        var request = Assert.Single(Server.To("/translate"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("3.0", request.Query["api-version"]);
        Assert.Equal("en", request.Query["from"]);
        Assert.Equal("es", request.Query["to"]);
        Assert.Equal("html", request.Query["textType"]);
        Assert.Equal(_azure.Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.DoesNotContain(_azure.Key, request.Url, StringComparison.Ordinal);
        Assert.Equal("westeurope", request.Header("Ocp-Apim-Subscription-Region"));
        Assert.True(Guid.TryParse(request.Header("X-ClientTraceId"), out _), request.Header("X-ClientTraceId"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(["Take one tablet.", "Call us."], Texts(request));
        Assert.Equal("Azure Translator v3.0 en→es", result.EngineVersion);
    }

    [Fact]
    public async Task TranslateAsync_NoRegionConfigured_SendsNoRegionHeader()
    {
        var result = await Engine().TranslateAsync(Request(["Take one tablet."]));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Null(Assert.Single(Server.To("/translate")).Header("Ocp-Apim-Subscription-Region"));
    }

    [Fact]
    public async Task TranslateAsync_InlineCodes_TravelAsHtmlAndComeBackIntact()
    {
        string[] segments = ["Use <g id=\"1\">one <g id=\"2\">spray</g></g> in each nostril<x id=\"3\"/>.", "Ask &amp; wait &lt;2 hours&gt;<x id=\"1\"/>"];

        var result = await Engine().TranslateAsync(Request(segments));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(segments.Select(s => $"[es] {s}"), result.Translations);
        var sent = Texts(Assert.Single(Server.To("/translate")));
        Assert.Equal("Use <span id=\"g1\">one <span id=\"g2\">spray</span></span> in each nostril<img id=\"x3\"/>.", sent[0]);
        Assert.DoesNotContain(sent, s => s.Contains("<g ", StringComparison.Ordinal) || s.Contains("<x ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_MoreThanAThousandSegments_SendsAtMostAThousandElementsARequest()
    {
        var segments = Enumerable.Range(1, 2_500).Select(i => $"Line {i}.").ToArray();

        var result = await Engine().TranslateAsync(Request(segments));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal([1_000, 1_000, 500], Server.To("/translate").Select(r => Texts(r).Count));
        Assert.Equal(segments.Select(s => $"[es] {s}"), result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_MoreThan50000Characters_SplitsRequestsUnderTheLimit()
    {
        var segments = Enumerable.Range(0, 30).Select(i => new string((char)('a' + (i % 26)), 4_000)).ToArray();

        var result = await Engine().TranslateAsync(Request(segments));

        Assert.True(result.Succeeded, result.Detail);
        var requests = Server.To("/translate");
        Assert.All(requests, r => Assert.InRange(Texts(r).Sum(t => t.Length), 1, FakeAzureTranslator.MaxCharacters));
        Assert.Equal(3, requests.Count);
        Assert.Equal(segments.Select(s => $"[es] {s}"), result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_EnglishPairWithGlossary_UsesTheDynamicDictionaryAndNotranslate()
    {
        var glossary = LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "ketamine", "ketamína \"K\""), GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato")]);

        var result = await Engine().TranslateAsync(Request(["Ketamine is sold as <g id=\"1\">Spravato</g>."], glossary));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(
            "<mstrans:dictionary translation=\"ketamína &quot;K&quot;\">Ketamine</mstrans:dictionary> is sold as <span id=\"g1\"><span class=\"notranslate\">Spravato</span></span>.",
            Assert.Single(Texts(Assert.Single(Server.To("/translate")))));
        Assert.Equal(["[es] ketamína \"K\" is sold as <g id=\"1\">Spravato</g>."], result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_PairWithoutEnglish_LeavesRequiredTermsUnmarkedButKeepsNotranslate()
    {
        var esFr = new LanguagePair("es", "fr");
        var glossary = LanguagePairGlossary.For(esFr, [GlossaryEntry.Translate(esFr, "ketamina", "kétamine"), GlossaryEntry.DoNotTranslateTerm(esFr, "Spravato")]);

        var result = await Engine().TranslateAsync(new MachineTranslationRequest("es-ES", "fr-FR", ["La ketamina se vende como Spravato."], glossary));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("La ketamina se vende como <span class=\"notranslate\">Spravato</span>.", Assert.Single(Texts(Assert.Single(Server.To("/translate")))));
        Assert.Equal(["[fr] La ketamina se vende como Spravato."], result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_EuropeanPortuguese_TranslatesIntoPtPt()
    {
        var result = await Engine().TranslateAsync(new MachineTranslationRequest("en-GB", "pt-PT", ["Hello."]));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("pt-pt", Assert.Single(Server.To("/translate")).Query["to"]);
    }

    [Theory]
    [InlineData(401, 401000, MachineTranslationStatus.NotAuthorised)]
    [InlineData(403, 403000, MachineTranslationStatus.NotAuthorised)]
    [InlineData(403, 403001, MachineTranslationStatus.QuotaExceeded)]
    [InlineData(429, 429000, MachineTranslationStatus.RateLimited)]
    [InlineData(429, 429001, MachineTranslationStatus.RateLimited)]
    [InlineData(400, 400050, MachineTranslationStatus.SegmentTooLong)]
    [InlineData(400, 400036, MachineTranslationStatus.LanguagePairNotSupported)]
    [InlineData(500, 500000, MachineTranslationStatus.EngineUnavailable)]
    [InlineData(503, 503000, MachineTranslationStatus.EngineUnavailable)]
    public async Task TranslateAsync_ErrorAnswer_MapsToItsDocumentedMeaningWithoutTheKey(int status, int code, MachineTranslationStatus expected)
    {
        _azure.Override = _ => FakeAzureTranslator.Error(status, code, $"failed for {_azure.Key}");

        var result = await Engine().TranslateAsync(Request(["Take one tablet."]));

        Assert.Equal(expected, result.Status);
        Assert.Empty(result.Translations);
        Assert.Contains(status.ToString(CultureInfo.InvariantCulture), result.Detail, StringComparison.Ordinal);
        AssertNoKey(result);
    }

    [Theory]
    [InlineData("[{\"translations\": [{\"text\": ")]
    [InlineData("{\"translations\": []}")]
    [InlineData("[{\"translations\": []}]")]
    [InlineData("[{\"translations\": [{\"text\": \"[es] <span id=\\\"g1\\\">unclosed\"}]}]")]
    [InlineData("[{\"translations\": [{\"text\": \"[es] uno\"}]}, {\"translations\": [{\"text\": \"[es] dos\"}]}]")]
    public async Task TranslateAsync_UnreadableAnswer_ReturnsMalformedResponse(string body)
    {
        _azure.Override = _ => LoopbackAnswer.Json(body);

        var result = await Engine().TranslateAsync(Request(["Take one tablet."]));

        Assert.Equal(MachineTranslationStatus.MalformedResponse, result.Status);
        AssertNoKey(result);
    }

    [Fact]
    public void ToString_WithAKey_SaysItIsSetWithoutShowingIt()
    {
        var text = new AzureTranslatorOptions { Key = "secret-0123456789", Region = "westeurope" }.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("Key = (set)", text, StringComparison.Ordinal);
        Assert.Contains("westeurope", text, StringComparison.Ordinal);
    }
    private protected override LoopbackAnswer Answer(RecordedRequest request) => _azure.Answer(request);

    private protected override void AnswerTranslationsWith(LoopbackAnswer answer) => _azure.Override = _ => answer;

    protected override void SetKey(MachineTranslationOptions options, string key) => options.Azure.Key = key;

    protected override IMachineTranslationEngine Engine(MachineTranslationOptions options) => new AzureTranslatorEngine(new HttpClient(), options);

    private AzureTranslatorEngine Engine(Action<AzureTranslatorOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options.Azure);
        return new AzureTranslatorEngine(new HttpClient(), options);
    }

    protected override MachineTranslationOptions Options() => new()
    {
        Engine = MachineTranslationEngines.Azure,
        Timeout = TimeSpan.FromSeconds(20),
        Azure = { Key = _azure.Key, BaseAddress = Server.BaseAddress },
    };

    private static IReadOnlyList<string> Texts(RecordedRequest request) =>
        JsonNode.Parse(request.Body)!.AsArray().Select(e => (string)e!["Text"]!).ToArray();
}
