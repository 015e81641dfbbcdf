using CarePages.Core.Translation.Machine;

namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>
/// What every cloud engine (DeepL, Azure) does whatever its API, tested against its documented contract on a loopback
/// server (<see cref="LoopbackServer"/>): without a key it asks nothing; a refused key, a slow answer, a pair not offered
/// and a segment over the configured limit come back as results, never with the key in them. Each engine's test class
/// plays its API and adds what is particular to it.
/// </summary>
public abstract class CloudEngineContract : IDisposable
{
    protected CloudEngineContract() => Server = new LoopbackServer(request => Answer(request));

    private protected LoopbackServer Server { get; }

    /// <summary>The key the fake API accepts.</summary>
    protected abstract string Key { get; }

    /// <summary>The path segments are translated at.</summary>
    protected abstract string TranslatePath { get; }

    public void Dispose()
    {
        Server.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task TranslateAsync_NoKey_NotAuthorisedWithoutAsking()
    {
        var options = Options();
        SetKey(options, " ");

        var result = await Engine(options).TranslateAsync(Request(["Hello."]));

        Assert.Equal(MachineTranslationStatus.NotAuthorised, result.Status);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task TranslateAsync_WrongKey_NotAuthorisedWithoutEitherKey()
    {
        var options = Options();
        SetKey(options, "wrong-key-0123456789");

        var result = await Engine(options).TranslateAsync(Request(["Hello."]));

        Assert.Equal(MachineTranslationStatus.NotAuthorised, result.Status);
        Assert.DoesNotContain("wrong-key", result.ToString(), StringComparison.Ordinal);
        AssertNoKey(result);
    }

    [Fact]
    public async Task TranslateAsync_SlowAnswer_ReturnsTimeout()
    {
        AnswerTranslationsWith(new LoopbackAnswer(200, "[]", TimeSpan.FromSeconds(10)));
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(500);

        var result = await Engine(options).TranslateAsync(Request(["Take one tablet."]));

        Assert.Equal(MachineTranslationStatus.Timeout, result.Status);
        AssertNoKey(result);
    }

    [Fact]
    public async Task TranslateAsync_PairNotOffered_ReturnsLanguagePairNotSupportedWithoutTranslating()
    {
        var result = await Engine(Options()).TranslateAsync(new MachineTranslationRequest("en", "ja", ["Hello."]));

        Assert.Equal(MachineTranslationStatus.LanguagePairNotSupported, result.Status);
        Assert.Empty(Server.To(TranslatePath));
    }

    [Fact]
    public async Task TranslateAsync_SegmentOverTheConfiguredLimit_FailsWithoutSendingIt()
    {
        var result = await Engine(Options()).TranslateAsync(Request(["Short.", new string('a', 5_001)]));

        Assert.Equal(MachineTranslationStatus.SegmentTooLong, result.Status);
        Assert.Empty(Server.To(TranslatePath));
    }

    /// <summary>The fake API's answer to <paramref name="request"/>.</summary>
    private protected abstract LoopbackAnswer Answer(RecordedRequest request);

    /// <summary>Makes the fake API answer every translation request with <paramref name="answer"/>.</summary>
    private protected abstract void AnswerTranslationsWith(LoopbackAnswer answer);

    /// <summary>Options for the engine against the loopback server, with the key the fake accepts.</summary>
    protected abstract MachineTranslationOptions Options();

    /// <summary>Sets the engine's key in <paramref name="options"/>.</summary>
    protected abstract void SetKey(MachineTranslationOptions options, string key);

    /// <summary>The engine under test.</summary>
    protected abstract IMachineTranslationEngine Engine(MachineTranslationOptions options);

    /// <summary>Asserts that <paramref name="result"/> holds the key nowhere.</summary>
    protected void AssertNoKey(MachineTranslationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.DoesNotContain(Key, result.Detail ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.EngineVersion, StringComparison.Ordinal);
    }

    /// <summary>A request from British English into Spanish of Spain.</summary>
    protected static MachineTranslationRequest Request(IReadOnlyList<string> segments, CarePages.Core.Translation.Glossary.LanguagePairGlossary? glossary = null) =>
        new("en-GB", "es-ES", segments, glossary);
}
