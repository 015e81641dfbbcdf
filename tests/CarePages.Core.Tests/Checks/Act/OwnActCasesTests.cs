using CarePages.Core.Checks;
using CarePages.Core.Checks.Act;
using Xunit.Abstractions;

namespace CarePages.Core.Tests.Checks.Act;

/// <summary>
/// Our own cases for the ACT rules the engine maps, written from each rule's definition (applicability, expectation,
/// assumptions) beside the W3C ones: <c>OwnCases/&lt;ACT rule id&gt;/&lt;failed|passed|inapplicable&gt;-&lt;what&gt;.html</c>,
/// each the body of a page (an optional first <c>&lt;html …&gt;</c> line and then <c>&lt;body …&gt;</c> line replace the
/// default <c>&lt;html lang="en"&gt;</c> and <c>&lt;body&gt;</c>), made a whole page and scored as the W3C cases are.
/// A false positive fails; a miss is allowed only where the rule declares why it misses.
/// </summary>
public class OwnActCasesTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "CarePages.Core.Tests", "Checks", "Act", "OwnCases");

    private static readonly ActScorer Scorer = new(CheckEngine.CreateDefault());

    private static readonly string Pages = Path.Combine(Path.GetTempPath(), "carepages-own-act-cases-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> RulesWithCases() =>
        new(Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RulesWithCases))]
    public void Run_OwnCases_NoFalsePositiveAndMissesOnlyWhereDeclared(string actRule)
    {
        var results = Cases(actRule).Select(Scorer.Run).ToList();
        var falsePositives = results.Where(r => r.IsFalsePositive).Select(r => $"{r.Case.Title}: {r.Findings[0].RuleId} on {r.Findings[0].Snippet}").ToList();
        var misses = results.Where(r => r.IsMiss).Select(r => r.Case.Title).ToList();
        output.WriteLine($"{actRule}: {results.Count} cases, {results.Count(r => r.Agrees)} agreed, {falsePositives.Count} false positives, {misses.Count} misses");
        misses.ForEach(m => output.WriteLine("  missed: " + m));

        Assert.True(falsePositives.Count == 0, string.Join(Environment.NewLine, falsePositives));
        var limitation = Scorer.MappedRules.Contains(actRule) ? CheckEngine.CreateDefault().Rules.ForActRule(actRule).Select(r => r.Descriptor.ActLimitation).FirstOrDefault(l => l is not null) : null;
        Assert.True(misses.Count == 0 || limitation is not null, string.Join(Environment.NewLine, misses));
    }

    [Fact]
    public void Cases_EveryFolderAndFile_NamesAMappedRuleAndAnOutcome()
    {
        var mapped = Scorer.MappedRules;

        Assert.All(Directory.GetDirectories(Folder), d => Assert.Contains(Path.GetFileName(d), mapped));
        Assert.All(Directory.GetDirectories(Folder), d => Assert.All(Cases(Path.GetFileName(d)), c => Assert.True(File.Exists(c.FilePath))));
        Assert.True(Directory.GetDirectories(Folder).Length == Scorer.MappedRules.Count, "own cases cover every mapped rule");
    }

    private static IEnumerable<ActTestCase> Cases(string actRule)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, actRule), "*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var expected = Enum.Parse<ActExpectation>(name[..dash], ignoreCase: true);
            yield return new ActTestCase(actRule, "own case", name, name, expected, string.Empty, AsPage(actRule, name, File.ReadAllLines(file)));
        }
    }

    // Writes the snippet as a whole page, as the W3C cases are, and gives its path.
    private static string AsPage(string actRule, string name, string[] lines)
    {
        var html = lines.Length > 0 && lines[0].StartsWith("<html", StringComparison.Ordinal) ? lines[0] : "<html lang=\"en\">";
        var rest = lines.Skip(html == lines.FirstOrDefault() ? 1 : 0).ToList();
        var body = rest.Count > 0 && rest[0].StartsWith("<body", StringComparison.Ordinal) ? rest[0] : "<body>";
        var content = string.Join(Environment.NewLine, rest.Skip(body == rest.FirstOrDefault() ? 1 : 0));
        var path = Path.Combine(Pages, actRule, name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"<!DOCTYPE html>{Environment.NewLine}{html}<head><title>{actRule} {name}</title></head>{body}{content}</body></html>");
        return path;
    }
}
