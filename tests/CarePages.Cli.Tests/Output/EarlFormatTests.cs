using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Output;

/// <summary><c>--format earl</c>: EARL JSON-LD, one earl:Assertion per finding, in the shape W3C ACT implementation reports use.</summary>
public class EarlFormatTests
{
    [Fact]
    public void Earl_Context_DeclaresTheVocabularies()
    {
        using var earl = Check(Content.DefectiveFragment, "en-GB");

        var context = earl.RootElement.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/earl#", context.GetProperty("earl").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("https://schema.org/", context.GetProperty("sch").GetString());
        Assert.Equal("https://www.w3.org/TR/WCAG22/#", context.GetProperty("WCAG22").GetString());
    }

    [Fact]
    public void Earl_Finding_IsAnAutomaticFailedAssertionOnTheFileByCarepages()
    {
        using var earl = Check(Content.DefectiveFragment, "en-GB");

        var assertion = Assert.Single(earl.RootElement.GetProperty("@graph").EnumerateArray());
        Assert.Equal("earl:Assertion", assertion.GetProperty("@type").GetString());
        var assertor = assertion.GetProperty("earl:assertedBy");
        Assert.Equal("carepages", assertor.GetProperty("doap:name").GetString());
        Assert.Contains("earl:Software", assertor.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("fragment.html", assertion.GetProperty("earl:subject").GetProperty("dct:source").GetString());
        Assert.Equal("en-GB", assertion.GetProperty("earl:subject").GetProperty("dct:language").GetString());

        var test = assertion.GetProperty("earl:test");
        Assert.Equal("image-alt-missing", test.GetProperty("dct:title").GetString());
        var partOf = test.GetProperty("dct:isPartOf").EnumerateArray().Select(p => p.GetProperty("@id").GetString()).ToList();
        Assert.Equal(["https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/", "WCAG22:non-text-content"], partOf);

        var result = assertion.GetProperty("earl:result");
        Assert.Equal("earl:failed", result.GetProperty("earl:outcome").GetProperty("@id").GetString());
        Assert.Contains("no text alternative", result.GetProperty("earl:info").GetString(), StringComparison.Ordinal);
        Assert.Equal("<img src=\"scan.png\">", result.GetProperty("earl:pointer").GetString());
        Assert.Equal("earl:automatic", assertion.GetProperty("earl:mode").GetProperty("@id").GetString());
    }

    [Fact]
    public void Earl_InfoFinding_CannotTell()
    {
        using var earl = Check(Content.CleanFragment, "zz-ZZ");

        var assertion = Assert.Single(earl.RootElement.GetProperty("@graph").EnumerateArray());
        Assert.Equal("earl:cantTell", assertion.GetProperty("earl:result").GetProperty("earl:outcome").GetProperty("@id").GetString());
    }

    [Fact]
    public void Earl_NoFindings_IsAnEmptyGraph()
    {
        using var earl = Check(Content.CleanFragment, "en-GB");

        Assert.Empty(earl.RootElement.GetProperty("@graph").EnumerateArray());
    }

    private static JsonDocument Check(string content, string culture)
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", content);
        return JsonDocument.Parse(folder.Run("check", "fragment.html", "--culture", culture, "--format", "earl").Output);
    }
}
