using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarePages.Demo.Tests.Api;

/// <summary>Calls the demo's CarePages API as one of its users.</summary>
internal static class DemoApi
{
    /// <summary>Where the API lives.</summary>
    public const string Root = "/umbraco/care-pages/api/v1";

    /// <summary>Where the translation endpoints live.</summary>
    public const string Translation = Root + "/translation";

    /// <summary>The sample's intranasal ketamine route, in en-GB, es-ES and ar.</summary>
    public static readonly Guid RouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    /// <summary>A client signed in as <paramref name="user"/> (ana, rami, claire, lucia); none when null.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory, string? user)
    {
        var client = factory.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-CarePages-User", user);
        }

        return client;
    }

    /// <summary>The response's JSON body.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Asks for an XLIFF 1.2 export of <paramref name="document"/> into <paramref name="culture"/>, sources copied into the targets.</summary>
    public static Task<HttpResponseMessage> PostExportAsync(HttpClient client, Guid document, string culture) =>
        client.PostAsJsonAsync($"{Translation}/export", new { documentKeys = new[] { document }, targetCulture = culture, copySourceToTarget = true });

    /// <summary>Uploads <paramref name="file"/> as a returned XLIFF file.</summary>
    public static Task<HttpResponseMessage> PostImportAsync(HttpClient client, string file) => PostImportAsync(client, Encoding.UTF8.GetBytes(file));

    /// <summary>Uploads the bytes of a returned XLIFF file.</summary>
    public static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xliff+xml");
        form.Add(content, "file", "returned.xlf");
        return await client.PostAsync($"{Translation}/import", form);
    }

    /// <summary>The actions in the sample route's audit trail, read as the reviewer.</summary>
    public static async Task<string[]> AuditActionsAsync(DemoAppFactory factory) =>
        (await Json(await Client(factory, "lucia").GetAsync($"{Translation}/documents/{RouteKey}/audit"))).EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()!)
            .ToArray();
}
