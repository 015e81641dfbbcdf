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
        var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

        Assert.True(readme.Contains(table, StringComparison.Ordinal), "README.md's rule table is out of date: paste the output of 'carepages rules --format markdown'.");
    }
}
