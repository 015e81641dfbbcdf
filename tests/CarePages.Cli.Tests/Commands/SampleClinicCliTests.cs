using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary>The corrected sample clinic, as Management API documents, checks clean in Spanish.</summary>
public class SampleClinicCliTests
{
    public static TheoryData<string> Documents() =>
        new(Directory.EnumerateFiles(Paths.SampleClinic, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_SampleDocumentInSpanish_NothingBlocks(string file)
    {
        var result = CliRunner.Run("check", Path.Combine(Paths.SampleClinic, file), "--culture", "es-ES", "--source-culture", "en-GB", "--today", "2026-11-25", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.All(result.Findings(), f => Assert.NotEqual("block", f.GetProperty("severity").GetString()));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("es-ES")]
    [InlineData("ar")]
    public void Check_SampleFolder_ChecksEveryDocumentInEveryCulture(string culture)
    {
        var result = CliRunner.RunIn(RepositoryRoot.Path, "check", "src/CarePages.Core/SampleContent/Clinic", "--culture", culture, "--today", "2026-11-25");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("6 files checked", result.Output, StringComparison.Ordinal);
    }
}
