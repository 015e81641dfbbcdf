namespace CarePages.Demo.Tests.Api;

/// <summary><c>CarePagesDemo:AdditionalCultures</c>: languages beyond the sample's and the translators', for the reviewer only.</summary>
public sealed class AdditionalCulturesApiTests : IDisposable
{
    private readonly DemoAppFactory _factory = DemoAppFactory.WithSettings(new Dictionary<string, string>
    {
        ["CarePagesDemo:AdditionalCultures:0"] = "de-DE",
        ["CarePagesDemo:AdditionalCultures:1"] = "pl-PL",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Context_ListsTheAdditionalCulturesLast()
    {
        var context = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{DemoApi.Root}/context"));

        Assert.Equal(["en-GB", "es-ES", "ar", "fr-FR", "de-DE", "pl-PL"], context.GetProperty("cultures").EnumerateArray().Select(c => c.GetProperty("isoCode").GetString()));
    }

    [Fact]
    public async Task Matrix_ReviewerHasTheAdditionalColumns_TranslatorHasNone()
    {
        const string Matrix = $"{DemoApi.Translation}/matrix?cultures=fr-FR&cultures=de-DE&cultures=pl-PL";

        var reviewer = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync(Matrix));
        var translator = await DemoApi.Json(await DemoApi.Client(_factory, "claire").GetAsync(Matrix));

        Assert.All(reviewer.EnumerateArray(), row => Assert.Equal(["fr-FR", "de-DE", "pl-PL"], row.GetProperty("cultures").EnumerateObject().Select(c => c.Name)));
        Assert.All(translator.EnumerateArray(), row => Assert.Equal(["fr-FR"], row.GetProperty("cultures").EnumerateObject().Select(c => c.Name)));
    }
}
