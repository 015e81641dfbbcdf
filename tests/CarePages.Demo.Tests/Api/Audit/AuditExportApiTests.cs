using System.Net;
using System.Text;
using System.Text.Json;

namespace CarePages.Demo.Tests.Api.Audit;

public sealed class AuditExportApiTests(AuditedDemo demo) : IClassFixture<AuditedDemo>
{
    private const string Export = DemoAudit.Root + "/findings/export";

    [Fact]
    public async Task Export_Csv_IsUtf8WithBomAHeaderAndARowPerFinding()
    {
        var response = await DemoApi.Client(demo.App, "lucia").GetAsync($"{Export}?format=csv&uiCulture=ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Document key,Document,Document type,Culture,Version,Severity,Rule,", lines[0], StringComparison.Ordinal);
        var total = (await demo.FindingsAsync("lucia", "take=1")).GetProperty("total").GetInt32();
        Assert.Equal(total, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("الكيتامين", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_CsvAsTheSpanishTranslator_OnlyTheirFindings()
    {
        var text = await DemoApi.Client(demo.App, "ana").GetStringAsync($"{Export}?rule=image-alt-missing");

        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Contains(",es-ES,Draft,Block,image-alt-missing,", Assert.Single(rows), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Sarif_IsSarif210WithRulesAndAResultPerFinding()
    {
        var response = await DemoApi.Client(demo.App, "lucia").GetAsync($"{Export}?format=sarif&severity=warn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sarif+json", response.Content.Headers.ContentType!.MediaType);
        var sarif = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var run = Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.NotEmpty(rules);
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal((await demo.FindingsAsync("lucia", "severity=warn&take=1")).GetProperty("total").GetInt32(), results.Length);
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            var artifact = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.StartsWith("documents/", artifact.GetProperty("uri").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "review-due-soon" && r.GetProperty("level").GetString() == "warning");
        Assert.True(Uri.IsWellFormedUriString(run.GetProperty("originalUriBaseIds").GetProperty("CAREPAGES_SITE").GetProperty("uri").GetString(), UriKind.Absolute));
    }

    [Fact]
    public async Task Export_UnknownFormat_Is400()
    {
        var response = await DemoApi.Client(demo.App, "lucia").GetAsync($"{Export}?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("csv or sarif", (await DemoApi.Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
