using System.Net;
using System.Text.Json;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api;

public sealed class ChecksApiTests : IDisposable
{
    private const string Checks = $"{DemoApi.Root}/checks/documents";
    private static readonly Guid RouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CheckDocument_IntranasalRouteWithAnImageWithoutAlt_EveryCultureWithFindingsThatNameTheirProperty()
    {
        await SaveSpanishDraftWithAnImageWithoutAltAsync();

        var response = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{Checks}/{RouteKey}"));

        Assert.Equal(("Intranasal ketamine", "carePagesTreatmentRoute"), (response.GetProperty("name").GetString(), response.GetProperty("contentTypeAlias").GetString()));
        var cultures = response.GetProperty("cultures").EnumerateArray().ToArray();
        Assert.Equal(["en-GB", "es-ES", "ar"], cultures.Select(c => c.GetProperty("culture").GetString()));
        var findings = cultures.SelectMany(c => c.GetProperty("findings").EnumerateArray()).ToArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "Block", "Warn", "Info" }));
        var named = findings.Where(f => f.GetProperty("property").GetString() is not null).ToArray();
        Assert.NotEmpty(named);
        Assert.All(named, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("propertyName").GetString())));
        var alt = cultures[1].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "image-alt-missing");
        Assert.Equal(("howItWorks", "How it works", "Block"), (alt.GetProperty("property").GetString(), alt.GetProperty("propertyName").GetString(), alt.GetProperty("severity").GetString()));
        Assert.True(cultures[1].GetProperty("blockers").GetInt32() >= 1);
    }

    [Fact]
    public async Task CheckDocument_UiCultureFrench_MessagesDifferFromEnglish()
    {
        await SaveSpanishDraftWithAnImageWithoutAltAsync();
        var client = DemoApi.Client(_factory, "ana");

        var english = await Messages(client, $"{Checks}/{RouteKey}?cultures=es-ES");
        var french = await Messages(client, $"{Checks}/{RouteKey}?cultures=es-ES&uiCulture=fr");

        Assert.NotEmpty(english);
        Assert.Equal(english.Length, french.Length);
        Assert.NotEqual(english, french);
    }

    [Fact]
    public async Task CheckDocument_SeverityChangedInCarePagesChecksConfiguration_ReportsTheConfiguredSeverity()
    {
        var spanish = await SpanishChecksWithSettingAsync("CarePages:Checks:Rules:image-alt-missing:Severity", "Warn");

        var alt = spanish.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "image-alt-missing");
        Assert.Equal("Warn", alt.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task CheckDocument_RuleDisabledInCarePagesChecksConfiguration_IsNotReported()
    {
        var spanish = await SpanishChecksWithSettingAsync("CarePages:Checks:Rules:image-alt-missing:Enabled", "false");

        Assert.Equal("es-ES", spanish.GetProperty("culture").GetString());
        Assert.DoesNotContain(spanish.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "image-alt-missing");
    }

    [Fact]
    public void Start_UnknownRuleInCarePagesChecksConfiguration_FailsNamingTheSetting()
    {
        using var configured = DemoAppFactory.WithSettings(new Dictionary<string, string>
        {
            ["CarePages:Checks:Rules:no-such-rule:Enabled"] = "false",
        });

        var exception = Assert.ThrowsAny<Exception>(() => configured.CreateClient());

        Assert.Contains("CarePages:Checks:Rules:no-such-rule names no known rule.", exception.ToString());
    }

    [Fact]
    public async Task CheckDocument_UnknownDocument_Is404ProblemDetails()
    {
        var response = await DemoApi.Client(_factory, "ana").GetAsync($"{Checks}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, (await DemoApi.Json(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CheckDocument_WithoutAUser_Is401()
    {
        var response = await DemoApi.Client(_factory, null).GetAsync($"{Checks}/{RouteKey}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // The Spanish checks of the route page, whose draft has an image without alt text, in a demo started with one setting.
    private static async Task<JsonElement> SpanishChecksWithSettingAsync(string key, string value)
    {
        using var configured = DemoAppFactory.WithSettings(new Dictionary<string, string> { [key] = value });
        await SaveSpanishDraftWithAnImageWithoutAltAsync(configured);
        var response = await DemoApi.Json(await DemoApi.Client(configured, "lucia").GetAsync($"{Checks}/{RouteKey}?cultures=es-ES"));
        return response.GetProperty("cultures")[0].Clone();
    }

    private Task SaveSpanishDraftWithAnImageWithoutAltAsync() => SaveSpanishDraftWithAnImageWithoutAltAsync(_factory);

    private static async Task SaveSpanishDraftWithAnImageWithoutAltAsync(DemoAppFactory factory)
    {
        var store = factory.Services.GetRequiredService<SqliteContentStore>();
        var draft = (await store.GetDraftAsync(RouteKey))!;
        var html = JsonSerializer.SerializeToElement("<p>Cómo funciona.</p><img src=\"/media/spray.png\">");
        await store.SaveDraftAsync(draft.WithValue("howItWorks", "es-ES", html), "es-ES", new UserReference("ana", "Ana"), DraftVersion.Of(draft));
    }

    private static async Task<string[]> Messages(HttpClient client, string url) =>
        (await DemoApi.Json(await client.GetAsync(url))).GetProperty("cultures")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("message").GetString()!)
            .ToArray();
}
