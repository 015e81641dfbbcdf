using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePages.Demo.Tests.Api;

/// <summary>
/// The OpenAPI document the client is typed from: the demo serves it, and the committed copy must match it.
/// With <c>CAREPAGES_UPDATE_OPENAPI=1</c> the test rewrites the copy instead of failing.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private const string CommittedCopy = "umbraco-packages/care-pages/openapi/care-pages-api.v1.json";
    private const string Prefix = "/umbraco/care-pages/api/v1/";
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Served_ComparedWithTheCommittedCopy_IsTheSame()
    {
        var served = await ServedAsync();
        var path = Path.Combine(RepositoryRoot.Path, CommittedCopy);

        if (Environment.GetEnvironmentVariable("CAREPAGES_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
            return;
        }

        Assert.True(File.Exists(path), $"{CommittedCopy} is missing; run the tests with CAREPAGES_UPDATE_OPENAPI=1 to write it.");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(committed == served, $"{CommittedCopy} differs from the served document; run the tests with CAREPAGES_UPDATE_OPENAPI=1 and commit the result.");
    }

    [Theory]
    [InlineData("context", "get")]
    [InlineData("checks/documents/{key}", "get")]
    [InlineData("translation/matrix", "get")]
    [InlineData("translation/documents/{key}", "get")]
    [InlineData("translation/documents/{key}/audit", "get")]
    [InlineData("translation/export", "post")]
    [InlineData("translation/import", "post")]
    [InlineData("translation/documents/{key}/cultures/{culture}/{step}", "post")]
    [InlineData("translation/memory/suggestions", "get")]
    [InlineData("translation/memory.tmx", "get")]
    [InlineData("translation/glossary.tbx", "get")]
    [InlineData("audit/runs", "post")]
    [InlineData("audit/runs/latest", "get")]
    [InlineData("audit/runs/{id}", "get")]
    [InlineData("audit/runs/cancel", "post")]
    [InlineData("audit/summary", "get")]
    [InlineData("audit/findings", "get")]
    [InlineData("audit/findings/export", "get")]
    [InlineData("audit/reviews", "get")]
    public async Task Served_EveryRouteOfTheContract_IsThereWithProblemDetailsFor401And403(string route, string method)
    {
        var document = JsonNode.Parse(await ServedAsync())!;

        var operation = document["paths"]?[Prefix + route]?[method];

        Assert.NotNull(operation);
        foreach (var status in new[] { "401", "403" })
        {
            var schema = operation["responses"]?[status]?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
            Assert.Equal("#/components/schemas/ProblemDetails", schema);
        }
    }

    [Fact]
    public async Task Served_Enums_AreStringEnumsWithTheirNames()
    {
        var schemas = JsonNode.Parse(await ServedAsync())!["components"]!["schemas"]!;

        Assert.Equal(["Info", "Warn", "Block"], schemas["FindingSeverity"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["ltr", "rtl"], schemas["WritingDirection"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("CarePages API", JsonNode.Parse(await ServedAsync())!["info"]!["title"]!.GetValue<string>());
    }

    private async Task<string> ServedAsync()
    {
        var json = await _factory.CreateClient().GetStringAsync("/umbraco/care-pages/openapi/v1.json");
        var pretty = JsonSerializer.Serialize(JsonNode.Parse(json), Pretty);
        return pretty.ReplaceLineEndings("\n") + "\n";
    }
}
