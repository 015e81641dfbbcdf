using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Output;

/// <summary>
/// <c>--format sarif</c> against the parts of SARIF 2.1.0 that code-scanning services read: the log, the driver and its rules,
/// and each result's rule reference, level, message, location (relative URI with a base id, a region with a start) and properties.
/// </summary>
public class SarifFormatTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public void Sarif_Log_HasSchemaVersionAndOneRunByCarepages()
    {
        using var sarif = Check("fragment.html", Content.DefectiveFragment, "en-GB");

        var root = sarif.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("carepages", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
    }

    [Fact]
    public void Sarif_Rule_DescribesTheRuleAndLinksTheActRulePage()
    {
        using var sarif = Check("fragment.html", Content.DefectiveFragment, "en-GB");

        var rule = Assert.Single(Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("image-alt-missing", rule.GetProperty("id").GetString());
        Assert.Equal("ImageAltMissing", rule.GetProperty("name").GetString());
        Assert.Equal(
            "Checks that every image has a text alternative, so screen-reader users know what it shows.",
            rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(
            "Checks that every image has a text alternative, so screen-reader users know what it shows. Default severity: block. "
            + "WCAG 2.2 success criteria: 1.1.1. Implements W3C ACT rule 23a2a8.",
            rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/", rule.GetProperty("helpUri").GetString());
        Assert.Equal(["WCAG 1.1.1"], rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_Result_PointsAtTheRuleTheFileTheLineAndTheSnippet()
    {
        using var sarif = Check("fragment.html", Content.DefectiveFragment, "en-GB");

        var run = Run(sarif);
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("image-alt-missing", result.GetProperty("ruleId").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("image-alt-missing", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var text = result.GetProperty("message").GetProperty("text").GetString()!;
        Assert.Contains("no text alternative", text, StringComparison.Ordinal);
        Assert.Contains("Describe what the image tells the patient", text, StringComparison.Ordinal);

        var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        Assert.Equal("fragment.html", artifact.GetProperty("uri").GetString());
        var baseId = artifact.GetProperty("uriBaseId").GetString()!;
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty(baseId).GetProperty("uri").GetString()!;
        Assert.True(Uri.IsWellFormedUriString(baseUri, UriKind.Absolute) && baseUri.EndsWith('/'), baseUri);
        var region = physical.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(3, region.GetProperty("startColumn").GetInt32());
        Assert.Equal("<img src=\"scan.png\">", region.GetProperty("snippet").GetProperty("text").GetString());

        var properties = result.GetProperty("properties");
        Assert.Equal("en-GB", properties.GetProperty("culture").GetString());
        Assert.Equal(["1.1.1"], properties.GetProperty("wcag").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("23a2a8", properties.GetProperty("actRule").GetString());
    }

    [Fact]
    public void Sarif_DocumentResult_HasThePropertyAsLogicalLocationAndItsLine()
    {
        var document = Content.DefectiveDocument();
        using var sarif = Check("route.json", document, "es-ES");

        var result = Assert.Single(Run(sarif).GetProperty("results").EnumerateArray());
        var location = result.GetProperty("locations")[0];
        var logical = Assert.Single(location.GetProperty("logicalLocations").EnumerateArray());
        Assert.Equal("howItWorks", logical.GetProperty("name").GetString());
        Assert.Equal("property", logical.GetProperty("kind").GetString());

        var lines = document.Split('\n');
        var expectedLine = Enumerable.Range(0, lines.Length)
            .First(i => lines[i].Contains("\"howItWorks\"", StringComparison.Ordinal) && lines[i + 1].Contains("es-ES", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_EveryResult_IsWellFormed()
    {
        using var folder = new TempFolder();
        folder.Write("my content/a.html", Content.DefectiveFragment);
        folder.Write("my content/page.html", Content.DefectivePage);
        folder.Write("my content/route.json", Content.DefectiveDocument());
        var output = folder.Run("check", "my content", "--culture", "es-ES", "--format", "sarif").Output;

        using var sarif = JsonDocument.Parse(output);
        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Where(r => r.GetProperty("ruleId").GetString() == "image-alt-missing").Select(ArtifactUri).Distinct().Count());
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), Levels);
            var uri = ArtifactUri(result);
            Assert.StartsWith("my%20content/", uri, StringComparison.Ordinal);
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
            Assert.True(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    private static string ArtifactUri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    [Fact]
    public void Sarif_NoFindings_HasEmptyRulesAndResults()
    {
        using var sarif = Check("fragment.html", Content.CleanFragment, "en-GB");

        Assert.Empty(Run(sarif).GetProperty("results").EnumerateArray());
        Assert.Empty(Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public void Sarif_EngineFinding_IsANoteLinkingItsSectionOfTheRulesDocumentAndAtLineOne()
    {
        using var sarif = Check("fragment.html", Content.CleanFragment, "zz-ZZ");

        var run = Run(sarif);
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("culture-unsupported", rule.GetProperty("id").GetString());
        Assert.Equal("https://github.com/carepages/carepages/blob/main/src/CarePages.Core/Checks/README.md#culture-unsupported", rule.GetProperty("helpUri").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal(1, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_EveryRule_HasTheRuleFieldsOfSarif210()
    {
        using var folder = new TempFolder();
        folder.Write("content/fragment.html", Content.DefectiveFragment);
        folder.Write("content/page.html", Content.DefectivePage);
        folder.Write("content/long-alt.html", $"<p><img src=\"a.png\" alt=\"{new string('x', 200)}\"></p><h4>Skipped</h4><p>TAKE THIS MEDICINE WITH FOOD</p>");
        foreach (var sample in Directory.GetFiles(Paths.SampleClinic, "*.json"))
        {
            folder.Write("content/" + Path.GetFileName(sample), File.ReadAllText(sample));
        }

        using var sarif = JsonDocument.Parse(folder.Run("check", "content", "--culture", "es-ES", "--format", "sarif").Output);

        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^[A-Z][A-Za-z0-9]*$", rule.GetProperty("name").GetString());
            var shortDescription = rule.GetProperty("shortDescription").GetProperty("text").GetString()!;
            Assert.EndsWith(".", shortDescription, StringComparison.Ordinal);
            Assert.DoesNotContain("…", shortDescription, StringComparison.Ordinal);
            Assert.DoesNotContain("{", shortDescription, StringComparison.Ordinal);
            Assert.NotEqual(id, shortDescription);
            Assert.StartsWith(shortDescription + " ", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute), id);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        }
    }

    [Fact]
    public void Sarif_RuleWithoutW3cPage_LinksItsSectionOfTheRulesDocument()
    {
        var overview = File.ReadAllText(Path.Combine(Paths.SampleClinic, "01-treatment-overview.json"));
        using var sarif = Check("overview.json", overview.Replace("\"+442079460123\"", "\"020 7946 0123\"", StringComparison.Ordinal), "es-ES");

        var rule = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "booking-phone-missing");
        Assert.Equal("BookingPhoneMissing", rule.GetProperty("name").GetString());
        Assert.Equal("https://github.com/carepages/carepages/blob/main/src/CarePages.Core/Checks/README.md#booking-phone-missing", rule.GetProperty("helpUri").GetString());
    }

    [Theory]
    [InlineData("es-ES", "es", "INFLESZ (Szigriszt-Pazos)", "Puede que a muchos pacientes les cueste leer este texto (INFLESZ 48.7; objetivo: 55 o más;")]
    [InlineData("es-ES", "en", "INFLESZ (Szigriszt-Pazos)", "Many patients may find this text hard to read (INFLESZ 48.7, target 55 or more;")]
    public void Sarif_ReadabilityFinding_NamesTheFormulaOfItsLanguage(string culture, string uiCulture, string formula, string messageStart)
    {
        using var folder = new TempFolder();
        var output = folder.Run("check", Path.Combine(Paths.SampleClinic, "01-treatment-overview.json"), "--culture", culture, "--ui-culture", uiCulture, "--format", "sarif").Output;
        using var sarif = JsonDocument.Parse(output);

        var result = Run(sarif).GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "text-readability");
        Assert.StartsWith(messageStart, result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var arguments = result.GetProperty("properties").GetProperty("arguments");
        Assert.Equal(formula, arguments.GetProperty("formula").GetString());
        Assert.Equal("48.7", arguments.GetProperty("score").GetString());
        Assert.Equal("55", arguments.GetProperty("target").GetString());
    }

    [Fact]
    public void Sarif_UiCultureGerman_DescribesRulesInGerman()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);
        using var sarif = JsonDocument.Parse(folder.Run("check", "fragment.html", "--culture", "en-GB", "--ui-culture", "de", "--format", "sarif").Output);

        var rule = Assert.Single(Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal(
            "Prüft, dass jedes Bild einen Alternativtext hat, damit Screenreader-Nutzer wissen, was es zeigt.",
            rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("Standard-Schweregrad: block.", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static JsonDocument Check(string name, string content, string culture)
    {
        using var folder = new TempFolder();
        folder.Write(name, content);
        return JsonDocument.Parse(folder.Run("check", name, "--culture", culture, "--format", "sarif").Output);
    }

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];
}
