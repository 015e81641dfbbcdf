using System.Text.Json;
using CarePages.Core.Audit.Export;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using static CarePages.Core.Tests.Audit.Export.AuditExportFindings;

namespace CarePages.Core.Tests.Audit.Export;

public sealed class AuditSarifTests
{
    [Fact]
    public async Task WriteAsync_OneFinding_IsSarif210WithEveryRuleAndAResultPointingAtThePage()
    {
        var run = JsonDocument.Parse(await WriteAsync("en")).RootElement;

        Assert.Equal("2.1.0", run.GetProperty("version").GetString());
        var only = Assert.Single(run.GetProperty("runs").EnumerateArray());
        var rules = only.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "document-unreadable");
        var result = Assert.Single(only.GetProperty("results").EnumerateArray());
        Assert.Equal(("image-alt-missing", "error"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString()));
        Assert.Equal("image-alt-missing", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        var artifact = location.GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(($"documents/{RouteKey}/ar/published", AuditSarif.SiteRoot), (artifact.GetProperty("uri").GetString(), artifact.GetProperty("uriBaseId").GetString()));
        Assert.Equal(["resource", "property"], location.GetProperty("logicalLocations").EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
        var properties = result.GetProperty("properties");
        Assert.Equal(("ar", RouteKey.ToString(), "Published"), (properties.GetProperty("culture").GetString(), properties.GetProperty("documentKey").GetString(), properties.GetProperty("version").GetString()));
        Assert.Equal(Arabic.Message + " " + Arabic.Hint, result.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task WriteAsync_UiCultureSpanish_DescribesTheRulesInSpanish()
    {
        static string Describe(string json) => JsonDocument.Parse(json).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().First(r => r.GetProperty("id").GetString() == "image-alt-missing").GetProperty("shortDescription").GetProperty("text").GetString()!;

        Assert.NotEqual(Describe(await WriteAsync("en")), Describe(await WriteAsync("es")));
    }

    private static async Task<string> WriteAsync(string uiCulture)
    {
        using var output = new MemoryStream();
        var engine = new CheckEngine(CheckRuleSetBuilder.WithBuiltInRules().Build(), new CheckOptions());
        await AuditSarif.WriteAsync(output, AuditSarif.Run(engine, uiCulture), Of(Arabic));
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
