using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePages.Demo.Tests.Api;

namespace CarePages.Demo.Tests.Translation;

/// <summary>The pre-fill endpoints of the demo, against a real apertium-apy where the test needs an engine.</summary>
[Collection(DemoApertium.Collection)]
public sealed class MachineTranslationApiTests(DemoApertium apertium)
{
    private const string Api = DemoApi.Translation;

    [ApertiumFact]
    public async Task Prefill_RouteIntoSpanish_DraftsSavedStatusAndAuditShowTheEngine()
    {
        using var factory = Demo(apertium.BaseAddress);

        var response = await Prefill(DemoApi.Client(factory, "ana"), "es-ES");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await DemoApi.Json(response);
        Assert.Equal("Success", report.GetProperty("status").GetString());
        Assert.Equal("Apertium", report.GetProperty("engine").GetString());
        var fields = report.GetProperty("documents")[0].GetProperty("fields").EnumerateArray().ToArray();
        Assert.Contains(fields, f => f.GetProperty("outcome").GetString() == "MachineTranslated");
        var status = await DemoApi.Json(await DemoApi.Client(factory, "lucia").GetAsync($"{Api}/documents/{DemoApi.RouteKey}?cultures=es-ES"));
        var drafted = status.GetProperty("cultures").GetProperty("es-ES").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "MachineTranslated").ToArray();
        Assert.NotEmpty(drafted);
        Assert.All(drafted, f => Assert.Equal("Apertium", f.GetProperty("machine").GetProperty("engine").GetString()));
        Assert.Contains("MachineTranslate", await DemoApi.AuditActionsAsync(factory));
    }

    [ApertiumFact]
    public async Task Engine_RealApertium_OffersSpanishOfTheSitesCultures()
    {
        using var factory = Demo(apertium.BaseAddress);

        var engine = await DemoApi.Json(await DemoApi.Client(factory, "ana").GetAsync($"{Api}/machine"));

        Assert.Equal("Success", engine.GetProperty("status").GetString());
        Assert.Equal(new[] { "es-ES" }, engine.GetProperty("targetCultures").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [ApertiumFact]
    public async Task Prefill_IntoArabicAskedInArabic_Is422NamingWhatTheEngineOffers()
    {
        using var factory = Demo(apertium.BaseAddress);

        var response = await Prefill(DemoApi.Client(factory, "rami"), "ar", "ar");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await DemoApi.Json(response);
        Assert.Equal("LanguagePairNotSupported", problem.GetProperty("operationStatus").GetString());
        Assert.StartsWith("لا يوجد محرك للترجمة من en-GB إلى ar", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefill_NoEngineConfigured_Is409SayingWhichSettingChoosesOne()
    {
        using var factory = DemoAppFactory.WithSettings(new Dictionary<string, string> { ["CarePages:MachineTranslation:Engine"] = "None" });

        var response = await Prefill(DemoApi.Client(factory, "ana"), "es-ES");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("CarePages:MachineTranslation:Engine", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefill_ApertiumNotRunning_Is503AndNothingChanged()
    {
        using var factory = Demo(new Uri($"http://127.0.0.1:{ApertiumServer.FreePort()}/"));
        var client = DemoApi.Client(factory, "ana");

        var response = await Prefill(client, "es-ES");
        var engine = await DemoApi.Json(await client.GetAsync($"{Api}/machine"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("EngineUnavailable", engine.GetProperty("status").GetString());
        Assert.DoesNotContain("MachineTranslate", await DemoApi.AuditActionsAsync(factory));
    }

    [Fact]
    public async Task Prefill_CultureNotTheUsers_Is403()
    {
        using var factory = Demo(new Uri($"http://127.0.0.1:{ApertiumServer.FreePort()}/"));

        var response = await Prefill(DemoApi.Client(factory, "rami"), "es-ES");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static DemoAppFactory Demo(Uri apertium)
    {
        var factory = DemoAppFactory.WithSettings(new Dictionary<string, string>
        {
            ["CarePages:MachineTranslation:Engine"] = "Apertium",
            ["CarePages:MachineTranslation:Apertium:BaseAddress"] = apertium.ToString(),
            ["CarePagesDemo:ApproveSampleTranslations"] = "false",
        });
        return factory;
    }

    private static Task<HttpResponseMessage> Prefill(HttpClient client, string culture, string uiCulture = "en") =>
        client.PostAsJsonAsync($"{Api}/machine/prefill?uiCulture={uiCulture}", new { documentKeys = new[] { DemoApi.RouteKey }, targetCulture = culture });
}
