using CarePages.Cli.Tests.TestSupport;
using CarePages.Core.Checks;

namespace CarePages.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Fact]
    public void Rules_Text_ListsEveryBuiltInRuleWithItsDefaults()
    {
        var result = CliRunner.Run("rules");

        Assert.Equal(0, result.ExitCode);
        foreach (var rule in CheckEngine.CreateDefault().Rules.All)
        {
            Assert.Contains(rule.Descriptor.Id + "  [", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("  maxLength = 150: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Markdown_IsTheTableInTheReadme()
    {
        var table = CliRunner.Run("rules", "--format", "markdown").Output.ReplaceLineEndings("\n").Trim();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");

        Assert.True(readme.Contains(table, StringComparison.Ordinal), "README.md's rule table is out of date: paste the output of 'carepages rules --format markdown'.");
    }

    [Fact]
    public void Rules_Text_GivesEachRuleItsSentenceUnderItsId()
    {
        var lines = CliRunner.Run("rules").Output.ReplaceLineEndings("\n").Split('\n');

        var heading = Array.IndexOf(lines, "booking-phone-missing  [block]");
        Assert.Equal("  Checks that the booking call-out has a phone number in international form.", lines[heading + 1]);
        Assert.Contains($"{CheckEngine.CreateDefault().Rules.All.Count} rules.", lines);
    }

    [Fact]
    public void Rules_UiCultureArabic_SentencesAndCountInArabic()
    {
        var result = CliRunner.Run("rules", "--ui-culture", "ar");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  تتحقق من عدم ترك أي عنوان بلا نص.", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{CheckEngine.CreateDefault().Rules.All.Count} قاعدة.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_UiCultureNotALanguageTag_ExitsTwo()
    {
        var result = CliRunner.Run("rules", "--ui-culture", "not a tag");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ui-culture 'not a tag'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Markdown_GivesEachRuleItsSentenceAndLinksItsSection() =>
        Assert.Contains(
            "| [`heading-empty`](src/CarePages.Core/Checks/README.md#heading-empty) | Checks that no heading is left without text. | block |",
            CliRunner.Run("rules", "--format", "markdown").Output,
            StringComparison.Ordinal);

    [Fact]
    public void Rules_Reference_IsTheRulesDocumentInTheRepository()
    {
        var reference = CliRunner.Run("rules", "--format", "reference").Output.ReplaceLineEndings("\n");
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "CarePages.Core", "Checks", "README.md")).ReplaceLineEndings("\n");

        Assert.True(reference == document, "src/CarePages.Core/Checks/README.md is out of date: write the output of 'carepages rules --format reference' to it.");
    }

    [Fact]
    public void Rules_Reference_HasASectionForEveryRuleAndEngineFinding()
    {
        var headings = CliRunner.Run("rules", "--format", "reference").Output.ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);

        Assert.Equal(
            CheckEngine.CreateDefault().Rules.All.Select(r => r.Descriptor.Id).Concat(Core.Checks.Engine.EngineFindings.All.Select(d => d.Id)),
            headings);
    }
}
