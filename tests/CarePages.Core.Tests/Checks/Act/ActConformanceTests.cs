using CarePages.Core.Checks;
using CarePages.Core.Checks.Act;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Act;

/// <summary>The built-in rules against the W3C ACT test cases of the ACT rules they map (data in ../shared/standards).</summary>
public class ActConformanceTests
{
    private static readonly Lazy<IReadOnlyList<ActRuleScore>> Scores = new(() =>
        new ActScorer(CheckEngine.CreateDefault()).Score(ActTestSuite.Load(SharedStandards.ActRules)));

    public static TheoryData<string> MappedActRules() =>
        new(new ActScorer(CheckEngine.CreateDefault()).MappedRules.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MappedActRules))]
    public void Score_MappedRule_NoFalsePositive(string actRule)
    {
        var score = Scores.Value.Single(s => s.RuleId == actRule);

        var falsePositives = score.Results.Where(r => r.IsFalsePositive).Select(r => $"{r.Case.Title} ({r.Case.TestcaseId}): {r.Findings[0].RuleId} on {r.Findings[0].Snippet}");
        Assert.True(score.FalsePositives == 0, string.Join(Environment.NewLine, falsePositives));
    }

    [Theory]
    [MemberData(nameof(MappedActRules))]
    public void Score_MappedRule_MissesOnlyWhenTheRuleNeedsLayout(string actRule)
    {
        var score = Scores.Value.Single(s => s.RuleId == actRule);

        var misses = score.Results.Where(r => r.IsMiss).Select(r => $"{r.Case.Title} ({r.Case.TestcaseId})");
        Assert.True(score.Misses == 0 || score.Limitation is not null, string.Join(Environment.NewLine, misses));
    }

    [Fact]
    public void Load_SharedStandards_ReadsEveryCase()
    {
        var suite = ActTestSuite.Load(SharedStandards.ActRules);

        Assert.Equal(624, suite.Cases.Count);
        Assert.All(suite.Cases, c => Assert.True(File.Exists(c.FilePath), c.FilePath));
    }

    [Fact]
    public void Load_FolderWithoutIndex_SaysWhatIsMissing()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => ActTestSuite.Load(Path.GetTempPath() + Guid.NewGuid()));

        Assert.Contains("testcases.json", exception.Message, StringComparison.Ordinal);
    }
}
