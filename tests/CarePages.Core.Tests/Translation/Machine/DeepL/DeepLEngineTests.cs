using System.Text;
using System.Text.Json.Nodes;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.DeepL;

namespace CarePages.Core.Tests.Translation.Machine.DeepL;

/// <summary>
/// The DeepL engine against <see cref="FakeDeepL"/>, DeepL's documented contract on a loopback server: no test reaches
/// DeepL, so these show that the engine sends what the documentation asks for and reads what it says comes back.
/// </summary>
public sealed class DeepLEngineTests : CloudEngineContract
{
    private static readonly LanguagePair EnEs = new("en", "es");

    private readonly FakeDeepL _deepl = new();
    protected override string Key => _deepl.Key;

    protected override string TranslatePath => "/v2/translate";

    [Fact]
    public async Task DescribeAsync_LanguagesListed_OffersEverySourceIntoEveryTargetOfAnotherLanguage()
    {
        var description = await Engine().DescribeAsync();

        Assert.Equal(MachineTranslationStatus.Success, description.Status);
        Assert.Contains(new LanguagePair("en", "es"), description.Pairs);
        Assert.Contains(new LanguagePair("en", "pt-BR"), description.Pairs);
        Assert.Contains(new LanguagePair("de", "en-GB"), description.Pairs);
        Assert.DoesNotContain(new LanguagePair("en", "en-GB"), description.Pairs);
        var requests = Server.To("/v2/languages");
        Assert.Equal(["source", "target"], requests.Select(r => r.Query["type"]).Order());
        Assert.All(requests, r =>
        {
            Assert.Equal("GET", r.Method);
            Assert.Equal($"DeepL-Auth-Key {_deepl.Key}", r.Header("Authorization"));
        });
    }

    [Fact]
    public async Task TranslateAsync_Segments_PostsTheDocumentedJsonBody()
    {
        var result = await Translate(["Take one tablet.", "Call us on <x id=\"1\"/>."]);

        Assert.True(result.Succeeded, result.Detail);
        var request = Assert.Single(Server.To("/v2/translate"));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"DeepL-Auth-Key {_deepl.Key}", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("/v2/translate", request.Url);
        var body = Body(request);
        Assert.Equal(["Take one tablet.", "Call us on <x id=\"1\"/>."], Texts(body));
        Assert.Equal("EN", (string?)body["source_lang"]);
        Assert.Equal("ES", (string?)body["target_lang"]);
        Assert.Equal("xml", (string?)body["tag_handling"]);
        Assert.Equal(["g", "x"], body["non_splitting_tags"]!.AsArray().Select(t => (string?)t).Order());
        Assert.Null(body["formality"]);
        Assert.Null(body["glossary_id"]);
    }

    [Fact]
    public async Task TranslateAsync_InlineCodes_ComeBackIntactInOrder()
    {
        string[] segments = ["Use <g id=\"1\">one <g id=\"2\">spray</g></g> in each nostril<x id=\"3\"/>.", "Ask &amp; wait &lt;2 hours&gt;."];

        var result = await Translate(segments);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(segments.Select(s => $"[ES] {s}"), result.Translations);
        Assert.Equal("DeepL API v2 EN→ES", result.EngineVersion);
    }

    [Fact]
    public async Task TranslateAsync_MoreThanFiftySegments_SendsBatchesOfAtMostFiftyAndKeepsTheOrder()
    {
        var segments = Enumerable.Range(1, 120).Select(i => $"Segment {i}.").ToArray();

        var result = await Translate(segments);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal([50, 50, 20], Server.To("/v2/translate").Select(r => Texts(Body(r)).Count));
        Assert.Equal(segments.Select(s => $"[ES] {s}"), result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_SegmentsOverTheRequestSize_SplitsBodiesUnder128KiB()
    {
        // 60 segments of 4,000 two-byte characters: 480,000 bytes of text, under 50 texts a request would be too large.
        var segments = Enumerable.Range(0, 60).Select(i => new string((char)('à' + (i % 20)), 4_000)).ToArray();

        var result = await Translate(segments);

        Assert.True(result.Succeeded, result.Detail);
        var requests = Server.To("/v2/translate");
        Assert.All(requests, r => Assert.InRange(Encoding.UTF8.GetByteCount(r.Body), 1, FakeDeepL.MaxBodyBytes));
        Assert.InRange(requests.Count, 4, 5);
        Assert.Equal(segments.Select(s => $"[ES] {s}"), result.Translations);
    }

    [Fact]
    public async Task TranslateAsync_Glossary_CreatesOneDeepLGlossaryAndPassesItsIdEachTime()
    {
        var glossary = LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "ketamine", "ketamina"), GlossaryEntry.DoNotTranslateTerm(EnEs, "Spravato")]);

        var first = await Translate(["Ketamine is given as Spravato."], glossary);
        var second = await Translate(["Ketamine again."], glossary);

        Assert.True(first.Succeeded, first.Detail);
        Assert.True(second.Succeeded, second.Detail);
        var created = Assert.Single(Server.To("/v3/glossaries"));
        Assert.Equal("POST", created.Method);
        Assert.Equal($"DeepL-Auth-Key {_deepl.Key}", created.Header("Authorization"));
        var dictionary = Body(created)["dictionaries"]!.AsArray().Single()!;
        Assert.Equal("en", (string?)dictionary["source_lang"]);
        Assert.Equal("es", (string?)dictionary["target_lang"]);
        Assert.Equal("tsv", (string?)dictionary["entries_format"]);
        Assert.Equal(["Spravato\tSpravato", "ketamine\tketamina"], ((string)dictionary["entries"]!).Split('\n').Order(StringComparer.Ordinal));
        var id = Assert.Single(_deepl.Glossaries.Keys);
        Assert.All(Server.To("/v2/translate"), r => Assert.Equal(id, (string?)Body(r)["glossary_id"]));
        Assert.Equal(2, Server.To("/v2/translate").Count);
    }

    [Fact]
    public async Task TranslateAsync_GlossaryWithOtherEntries_CreatesAnotherGlossary()
    {
        await Translate(["Ketamine."], LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")]));
        var result = await Translate(["Esketamine."], LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "esketamine", "esketamina")]));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(2, Server.To("/v3/glossaries").Count);
        Assert.Equal(2, _deepl.Glossaries.Count);
        Assert.NotEqual((string?)Body(Server.To("/v2/translate")[0])["glossary_id"], (string?)Body(Server.To("/v2/translate")[1])["glossary_id"]);
    }

    [Fact]
    public async Task TranslateAsync_GlossaryDeletedAtDeepL_FailsOnceThenCreatesItAgain()
    {
        var glossary = LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")]);
        await Translate(["Ketamine."], glossary);
        _deepl.Glossaries.Clear();

        var failed = await Translate(["Ketamine."], glossary);
        var again = await Translate(["Ketamine."], glossary);

        Assert.Equal(MachineTranslationStatus.MalformedResponse, failed.Status);
        Assert.True(again.Succeeded, again.Detail);
        Assert.Equal(2, Server.To("/v3/glossaries").Count);
    }

    [Fact]
    public async Task TranslateAsync_GlossaryRefused_TranslatesWithoutIt()
    {
        _deepl.Override = r => r.Path == "/v3/glossaries" ? new LoopbackAnswer(400, """{"message":"Unsupported glossary language pair."}""") : null;

        var result = await Translate(["Ketamine."], LanguagePairGlossary.For(EnEs, [GlossaryEntry.Translate(EnEs, "ketamine", "ketamina")]));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Null(Body(Assert.Single(Server.To("/v2/translate")))["glossary_id"]);
    }

    [Fact]
    public async Task TranslateAsync_FormalityMore_SentOnlyForTargetsThatSupportIt()
    {
        var spanish = await Translate(["Take it."], configure: o => o.Formality = DeepLFormality.More);
        var english = await Engine(o => o.Formality = DeepLFormality.More)
            .TranslateAsync(new MachineTranslationRequest("es-ES", "en-GB", ["Tómelo."]));

        Assert.True(spanish.Succeeded, spanish.Detail);
        Assert.True(english.Succeeded, english.Detail);
        var requests = Server.To("/v2/translate");
        Assert.Equal("more", (string?)Body(requests[0])["formality"]);
        Assert.Equal("EN-GB", (string?)Body(requests[1])["target_lang"]);
        Assert.Null(Body(requests[1])["formality"]);
    }

    [Fact]
    public async Task TranslateAsync_FormalityPreferLess_SentForAnyTarget()
    {
        var result = await Engine(o => o.Formality = DeepLFormality.PreferLess)
            .TranslateAsync(new MachineTranslationRequest("es", "en-US", ["Tómelo."]));

        Assert.True(result.Succeeded, result.Detail);
        var body = Body(Assert.Single(Server.To("/v2/translate")));
        Assert.Equal("prefer_less", (string?)body["formality"]);
        Assert.Equal("ES", (string?)body["source_lang"]);
        Assert.Equal("EN-US", (string?)body["target_lang"]);
    }

    [Fact]
    public async Task TranslateAsync_BrazilianPortuguese_TargetsPTBRWithABarePortugueseGlossary()
    {
        var pair = new LanguagePair("en", "pt");
        var result = await Engine().TranslateAsync(
            new MachineTranslationRequest("en-GB", "pt-BR", ["Ketamine."], LanguagePairGlossary.For(pair, [GlossaryEntry.Translate(pair, "ketamine", "cetamina")])));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("PT-BR", (string?)Body(Assert.Single(Server.To("/v2/translate")))["target_lang"]);
        Assert.Equal("pt", (string?)Body(Assert.Single(Server.To("/v3/glossaries")))["dictionaries"]![0]!["target_lang"]);
        Assert.Equal(["[PT-BR] Ketamine."], result.Translations);
    }

    [Theory]
    [InlineData(403, MachineTranslationStatus.NotAuthorised)]
    [InlineData(413, MachineTranslationStatus.SegmentTooLong)]
    [InlineData(429, MachineTranslationStatus.RateLimited)]
    [InlineData(456, MachineTranslationStatus.QuotaExceeded)]
    [InlineData(500, MachineTranslationStatus.EngineUnavailable)]
    [InlineData(503, MachineTranslationStatus.EngineUnavailable)]
    public async Task TranslateAsync_ErrorStatus_MapsToItsDocumentedMeaningWithoutTheKey(int status, MachineTranslationStatus expected)
    {
        _deepl.Override = r => r.Path == "/v2/translate" ? new LoopbackAnswer(status, $$"""{"message":"failed for {{_deepl.Key}}"}""") : null;

        var result = await Translate(["Take one tablet."]);

        Assert.Equal(expected, result.Status);
        Assert.Empty(result.Translations);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Detail, StringComparison.Ordinal);
        AssertNoKey(result);
    }

    [Theory]
    [InlineData("{\"translations\": [ {\"text\": ")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"translations\": [{\"detected_source_language\": \"EN\"}]}")]
    [InlineData("{\"translations\": []}")]
    public async Task TranslateAsync_UnreadableAnswer_ReturnsMalformedResponse(string body)
    {
        _deepl.Override = r => r.Path == "/v2/translate" ? LoopbackAnswer.Json(body) : null;

        var result = await Translate(["Take one tablet."]);

        Assert.Equal(MachineTranslationStatus.MalformedResponse, result.Status);
        AssertNoKey(result);
    }

    [Fact]
    public async Task TranslateAsync_FewerTranslationsThanTexts_ReturnsMalformedResponse()
    {
        _deepl.Override = r => r.Path == "/v2/translate" ? LoopbackAnswer.Json("""{"translations":[{"text":"[ES] uno"}]}""") : null;

        var result = await Translate(["One.", "Two."]);

        Assert.Equal(MachineTranslationStatus.MalformedResponse, result.Status);
        Assert.Contains("1 translations for 2 segments", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123-abcd:fx", "https://api-free.deepl.com/")]
    [InlineData("0123-abcd", "https://api.deepl.com/")]
    public void ServiceAddress_NoBaseAddress_IsTheEndpointDocumentedForTheKey(string key, string expected)
    {
        Assert.Equal(new Uri(expected), new DeepLOptions { AuthKey = key }.ServiceAddress);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), new DeepLOptions { AuthKey = key, BaseAddress = new Uri("http://127.0.0.1:1/") }.ServiceAddress);
    }

    [Fact]
    public void ToString_WithAKey_SaysItIsSetWithoutShowingIt()
    {
        var text = new DeepLOptions { AuthKey = "secret-0123456789:fx" }.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("AuthKey = (set)", text, StringComparison.Ordinal);
    }

    private Task<MachineTranslationResult> Translate(IReadOnlyList<string> segments, LanguagePairGlossary? glossary = null, Action<DeepLOptions>? configure = null) =>
        Engine(configure).TranslateAsync(Request(segments, glossary));
    private protected override LoopbackAnswer Answer(RecordedRequest request) => _deepl.Answer(request);

    private protected override void AnswerTranslationsWith(LoopbackAnswer answer) => _deepl.Override = r => r.Path == TranslatePath ? answer : null;

    protected override void SetKey(MachineTranslationOptions options, string key) => options.DeepL.AuthKey = key;

    protected override IMachineTranslationEngine Engine(MachineTranslationOptions options) => new DeepLEngine(new HttpClient(), options);

    private DeepLEngine Engine(Action<DeepLOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options.DeepL);
        return new DeepLEngine(new HttpClient(), options);
    }

    protected override MachineTranslationOptions Options() => new()
    {
        Engine = MachineTranslationEngines.DeepL,
        Timeout = TimeSpan.FromSeconds(20),
        DeepL = { AuthKey = _deepl.Key, BaseAddress = Server.BaseAddress },
    };

    private static JsonObject Body(RecordedRequest request) => JsonNode.Parse(request.Body)!.AsObject();

    private static IReadOnlyList<string> Texts(JsonObject body) => body["text"]!.AsArray().Select(t => (string)t!).ToArray();
}
