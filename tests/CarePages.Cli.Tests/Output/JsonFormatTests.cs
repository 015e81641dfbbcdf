using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Output;

/// <summary><c>--format json</c>: <c>{"findings":[…],"skipped":[…]}</c> with exactly the documented fields.</summary>
public class JsonFormatTests
{
    private static readonly string[] Fields = ["ruleId", "severity", "wcag", "actRule", "culture", "property", "snippet", "message", "hint", "file"];

    [Fact]
    public void Json_Finding_HasExactlyTheDocumentedFields()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["findings", "skipped"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(Fields, finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("image-alt-missing", finding.GetProperty("ruleId").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal(["1.1.1"], finding.GetProperty("wcag").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("23a2a8", finding.GetProperty("actRule").GetString());
        Assert.Equal("en-GB", finding.GetProperty("culture").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("property").ValueKind);
        Assert.Equal("<img src=\"scan.png\">", finding.GetProperty("snippet").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("hint").GetString()));
        Assert.Equal("fragment.html", finding.GetProperty("file").GetString());
    }

    [Fact]
    public void Json_EngineFinding_HasNullActRuleAndInfoSeverity()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.CleanFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "zz-ZZ", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var finding = Assert.Single(result.Findings());
        Assert.Equal("culture-unsupported", finding.GetProperty("ruleId").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("actRule").ValueKind);
        Assert.Empty(finding.GetProperty("wcag").EnumerateArray());
    }

    [Fact]
    public void Json_NoFindings_IsAnEmptyList()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.CleanFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB", "--format", "json");

        Assert.Empty(result.Findings());
    }

    [Fact]
    public void Json_ArabicMessages_AreWrittenAsText()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "ar", "--format", "json", "--ui-culture", "ar");

        Assert.DoesNotContain("\\u06", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.Findings()[0].GetProperty("message").GetString()!, c => c is >= '\u0600' and <= '\u06FF');
    }
}
