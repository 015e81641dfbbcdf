using System.Text;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary>Hostile or broken input: no exception escapes; the user gets a finding or one clear line and exit code 2.</summary>
public class CheckBadInputTests
{
    [Fact]
    public void Check_FiveMegabyteFragment_ReportsItTooLargeToCheck()
    {
        using var folder = new TempFolder();
        folder.Write("big.html", string.Concat(Enumerable.Repeat("<p>Some text for patients about their treatment.</p>\n", 100_000)));

        var result = folder.Run("check", "big.html", "--culture", "en-GB", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["input-too-large"], result.RuleIds());
    }

    [Fact]
    public void Check_FiveMegabyteDocumentField_ReportsItTooLargeToCheck()
    {
        using var folder = new TempFolder();
        folder.Write("route.json", Content.RouteWithSpanishMarkup("<p>" + string.Concat(Enumerable.Repeat("palabra ", 650_000)) + "</p>"));

        var result = folder.Run("check", "route.json", "--culture", "es-ES", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input-too-large", result.RuleIds());
    }

    [Fact]
    public void Check_TenThousandNestedDivs_ReportsTheNestingInsteadOfOverflowing()
    {
        using var folder = new TempFolder();
        folder.Write("deep.html", string.Concat(Enumerable.Repeat("<div>", 10_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 10_000)));

        var result = folder.Run("check", "deep.html", "--culture", "en-GB", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input-nesting-too-deep", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BinaryJunk_ExitsTwo()
    {
        using var folder = new TempFolder();
        var junk = new byte[4096];
        new Random(4).NextBytes(junk);
        folder.WriteBytes("junk.html", junk);

        var result = folder.Run("check", "junk.html", "--culture", "en-GB");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("carepages: junk.html: is a binary file or not UTF-8 text.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Check_TextWithNulCharacters_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("nul.html", Encoding.UTF8.GetBytes("<p>a\0b</p>"));

        var result = folder.Run("check", "nul.html", "--culture", "en-GB");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownButWellFormedCulture_ChecksWhatItCanAndSaysSo()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "qq-QQ", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["culture-unsupported", "image-alt-missing"], result.RuleIds().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("{ \"anything\": true }")]
    [InlineData("{ \"id\": \"not-a-guid\", \"documentType\": { \"id\": \"a5e877c7-7dc6-4b98-9378-5e8e00e3c6c3\" } }")]
    [InlineData("{ \"id\": \"5e61cb7e-fb30-4dbc-aeac-e437387ba89d\", \"documentType\": { \"id\": \"00000000-0000-0000-0000-000000000001\" }, \"variants\": [ { \"culture\": \"en-GB\", \"name\": \"X\" } ] }")]
    [InlineData("{ \"id\": \"5e61cb7e-fb30-4dbc-aeac-e437387ba89d\", \"documentType\": { \"id\": \"a5e877c7-7dc6-4b98-9378-5e8e00e3c6c3\" }, \"variants\": [] }")]
    public void Check_JsonThatIsNotADocument_ExitsTwoNamingTheFile(string json)
    {
        using var folder = new TempFolder();
        folder.Write("doc.json", json);

        var result = folder.Run("check", "doc.json", "--culture", "en-GB");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("carepages: doc.json: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
