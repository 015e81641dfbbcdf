using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary>
/// The article's two defective originals (swapped "How it works" texts; a cut-off booking call-out without a phone number) must
/// stop publishing once the clinical rules are registered.
/// </summary>
public class DefectiveArticleCliTests
{
    public static TheoryData<string> Fixtures() => new("route-intranasal-original.json", "booking-callout-original.json");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Check_DefectiveFixture_ExitsOneWithABlockingFinding(string file)
    {
        var result = CliRunner.Run("check", Path.Combine(Paths.DefectiveArticle, file), "--culture", "en-GB", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Findings(), f => f.GetProperty("severity").GetString() == "block");
    }

    [Fact]
    public void Check_DefectiveFolder_ExitsOne()
    {
        var result = CliRunner.Run("check", Paths.DefectiveArticle, "--culture", "en-GB");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2 files checked", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Check_DefectiveFixture_IsReadAsADocument(string file)
    {
        var result = CliRunner.Run("check", Path.Combine(Paths.DefectiveArticle, file), "--culture", "en-GB");

        Assert.NotEqual(2, result.ExitCode);
        Assert.Empty(result.Error);
    }
}
