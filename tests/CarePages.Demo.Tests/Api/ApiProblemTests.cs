using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarePages.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api;

/// <summary>
/// Every error under <c>/umbraco/care-pages/api/</c> is ProblemDetails with the right status and a reason a person can
/// act on, whoever answers it (the sign-in challenge, routing, the body's size, the controllers, an exception), and
/// never a stack trace: the factory runs the demo in Development, where the developer exception page is on.
/// </summary>
public sealed class ApiProblemTests : IDisposable
{
    private const string Api = DemoApi.Translation;
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("GET", "translation/matrix?cultures=es-ES")]
    [InlineData("GET", "context")]
    [InlineData("POST", "translation/export")]
    public async Task AnyEndpoint_NobodySignedIn_Is401ProblemSayingToSignIn(string method, string path)
    {
        var response = await DemoApi.Client(_factory, null).SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{DemoApi.Root}/{path}"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Sign in", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyEndpoint_UnknownDemoUser_Is401NamingTheUsersThereAre()
    {
        var response = await DemoApi.Client(_factory, "mallory").GetAsync($"{DemoApi.Root}/context");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("no demo user \"mallory\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IntoAnotherUsersLanguage_Is403ProblemNamingTheCulture()
    {
        var response = await DemoApi.PostExportAsync(DemoApi.Client(_factory, "ana"), DemoApi.RouteKey, "ar");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("ar is not one of your languages", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-endpoint")]
    [InlineData("translation/documents/not-a-key")]
    [InlineData("translation/documents/92fad090-b178-4abd-bfd1-7a2b695c4f92/cultures/es-ES/publish")]
    [InlineData("v2/context")]
    public async Task UnknownAddressUnderTheApi_Is404ProblemNotTheSitesPage(string path)
    {
        var response = await DemoApi.Client(_factory, "ana").GetAsync($"/umbraco/care-pages/api/{(path.StartsWith("v2", StringComparison.Ordinal) ? path : "v1/" + path)}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no CarePages API endpoint", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "matrix?cultures=es-ES", "GET")]
    [InlineData("GET", "import", "POST")]
    [InlineData("DELETE", "export", "POST")]
    public async Task KnownAddress_OtherMethod_Is405ProblemWithAllow(string method, string path, string allowed)
    {
        var response = await DemoApi.Client(_factory, "ana").SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{Api}/{path}"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal([allowed], response.Content.Headers.Allow);
        Assert.Contains($"takes {allowed}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_JsonInsteadOfAForm_Is415ProblemSayingHowToSend()
    {
        var response = await DemoApi.Client(_factory, "ana").PostAsJsonAsync($"{Api}/import", new { file = "<xliff/>" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TextInsteadOfJson_Is415Problem()
    {
        var response = await DemoApi.Client(_factory, "ana").PostAsync($"{Api}/export", new StringContent("route please", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_NobodySignedInAndNoForm_Is401BeforeTheContentTypeIsLookedAt()
    {
        var response = await DemoApi.Client(_factory, null).PostAsJsonAsync($"{Api}/import", new { file = "<xliff/>" });

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Import_FormOver64MegabytesOfUnknownLength_Is413AndNothingIsImported()
    {
        var body = new GeneratedBody(65L * 1024 * 1024, []);
        using var form = new MultipartFormDataContent { { new StreamContent(body), "file", "huge.xlf" } };

        var response = await DemoApi.Client(_factory, "ana").PostAsync($"{Api}/import", form);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("67,108,864 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(body.BytesRead < 66L * 1024 * 1024, "the server stopped reading at the limit");
        Assert.DoesNotContain("Import", await AuditActionsAsync());
    }

    [Fact]
    public async Task Import_DeclaredLengthOver64Megabytes_Is413BeforeTheBodyIsRead()
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/import") { Content = content };
        request.Content.Headers.ContentLength = 65L * 1024 * 1024;

        var response = await DemoApi.Client(_factory, "ana").SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Export_50MegabyteJsonBody_Is413ProblemWithoutAStackTraceAndNoJob()
    {
        var head = Encoding.UTF8.GetBytes($$"""{"documentKeys":["{{DemoApi.RouteKey}}"],"targetCulture":"es-ES","format":"Xliff12","padding":" """);
        var response = await DemoApi.Client(_factory, "ana").PostAsync($"{Api}/export", Json(new StreamContent(new GeneratedBody(50L * 1024 * 1024, head, (byte)' '))));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,048,576 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Export", await AuditActionsAsync());
    }

    [Fact]
    public async Task Export_JsonBodyOfDeclaredLengthOverTheLimit_Is413()
    {
        var padding = new string(' ', 2 * 1024 * 1024);
        var response = await DemoApi.Client(_factory, "ana").PostAsync($"{Api}/export",
            new StringContent($$"""{"documentKeys":["{{DemoApi.RouteKey}}"],"targetCulture":"es-ES"{{padding}}}""", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.DoesNotContain("Export", await AuditActionsAsync());
    }

    [Fact]
    public async Task Import_FileWithADtd_Is400NamingTheDtd()
    {
        const string file = """<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol "lol">]><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">&lol;</xliff>""";

        var response = await DemoApi.PostImportAsync(DemoApi.Client(_factory, "ana"), file);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("DOCTYPE; DTDs and entities are refused", detail, StringComparison.Ordinal);
        // .NET's own message tells a developer how to turn DTD processing on: not advice for a translator.
        Assert.DoesNotContain("DtdProcessing", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Import", await AuditActionsAsync());
    }

    [Fact]
    public async Task AnyEndpoint_ServiceThrows_Is500ProblemPointingAtTheLogWithoutTheException()
    {
        using var failing = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IContentCultureCatalogue, ThrowingCultureCatalogue>()));
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Add("X-CarePages-User", "ana");

        var response = await client.GetAsync($"{DemoApi.Root}/context");

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var text = problem.ToString();
        Assert.Contains("trace id", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowingCultureCatalogue.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageOutsideTheApi_UnknownAddress_IsStillTheSitesHtmlPage()
    {
        var response = await _factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpContent Json(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private Task<string[]> AuditActionsAsync() => DemoApi.AuditActionsAsync(_factory);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
