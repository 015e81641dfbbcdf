using System.Text.Json;

namespace CarePages.Demo.Tests.Api;

/// <summary>Calls the demo's CarePages API as one of its users.</summary>
internal static class DemoApi
{
    /// <summary>Where the API lives.</summary>
    public const string Root = "/umbraco/care-pages/api/v1";

    /// <summary>A client signed in as <paramref name="user"/> (ana, rami, claire, lucia); none when null.</summary>
    public static HttpClient Client(DemoAppFactory factory, string? user)
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
}
