using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Act;

namespace CarePages.Cli.Tests.Commands;

/// <summary><c>carepages act</c> over the shared W3C ACT cases and over small suites made to disagree.</summary>
public class ActCommandTests
{
    private const string ImageRule = "23a2a8";

    [Fact]
    public void Act_SharedCases_ExitsZeroAndScoresEveryMappedRule()
    {
        var result = CliRunner.Run("act", "--testcases", SharedStandards.ActRules);

        Assert.Equal(0, result.ExitCode);
        foreach (var actRule in MappedRules())
        {
            Assert.Contains(actRule + "  ", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("23a2a8  Image has non-empty accessible name", result.Output, StringComparison.Ordinal);
        Assert.Contains("  Our rules: image-alt-missing", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Total: \d+ ACT rules?, \d+ cases, \d+ agreed, 0 false positives, \d+ misses", result.Output);
    }

    [Fact]
    public void Act_Json_HasPerRuleScoresAndTotals()
    {
        var result = CliRunner.Run("act", "--testcases", SharedStandards.ActRules, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(MappedRules(), rules.Select(r => r.GetProperty("actRule").GetString()!).Order(StringComparer.Ordinal));
        var image = rules.Single(r => r.GetProperty("actRule").GetString() == ImageRule);
        Assert.Equal(["image-alt-missing"], image.GetProperty("checkRules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(image.GetProperty("cases").GetInt32(), image.GetProperty("agreed").GetInt32() + image.GetProperty("falsePositives").GetInt32() + image.GetProperty("misses").GetInt32());
        Assert.Contains(image.GetProperty("label").GetString(), new[] { "complete", "partial", "inconsistent" });
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(rules.Sum(r => r.GetProperty("cases").GetInt32()), totals.GetProperty("cases").GetInt32());
        Assert.Equal(0, totals.GetProperty("falsePositives").GetInt32());
    }

    [Fact]
    public void Act_Earl_HasOneAssertionPerCaseOfEveryMappedRule()
    {
        var result = CliRunner.Run("act", "--testcases", SharedStandards.ActRules, "--format", "earl");

        var mapped = MappedRules().ToHashSet();
        var expected = ActTestSuite.Load(SharedStandards.ActRules).Cases.Where(c => mapped.Contains(c.RuleId)).ToDictionary(c => c.Url);
        using var json = JsonDocument.Parse(result.Output);
        var assertions = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), assertions.Select(a => a.GetProperty("earl:subject").GetProperty("dct:source").GetString()!).Order(StringComparer.Ordinal));
        foreach (var assertion in assertions)
        {
            var testCase = expected[assertion.GetProperty("earl:subject").GetProperty("dct:source").GetString()!];
            var test = assertion.GetProperty("earl:test");
            Assert.Contains(test.GetProperty("dct:isPartOf").EnumerateArray(), p => p.GetProperty("@id").GetString() == $"https://www.w3.org/WAI/standards-guidelines/act/rules/{testCase.RuleId}/");
            var outcome = assertion.GetProperty("earl:result").GetProperty("earl:outcome").GetProperty("@id").GetString();
            Assert.Contains(outcome, new[] { "earl:passed", "earl:failed" });

            // No false positive today: a case we fail is one the W3C expects to fail.
            if (outcome == "earl:failed")
            {
                Assert.Equal(ActExpectation.Failed, testCase.Expected);
            }
        }
    }

    [Fact]
    public void Act_FalsePositive_ExitsOneAndNamesTheCase()
    {
        using var folder = new TempFolder();
        WriteSuite(folder, ("p1", "Passed Example 1", "passed", "<html lang=\"en\"><body><img src=\"a.png\"></body></html>"));

        var result = folder.Run("act", "--testcases", folder.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("False positives: 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("Label: inconsistent", result.Output, StringComparison.Ordinal);
        Assert.Contains("False positive: Passed Example 1 (passed) https://act.example/p1.html", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Total: 1 ACT rule, 1 case, 0 agreed, 1 false positive, 0 misses (0 complete, 0 partial, 1 inconsistent).")]
    [InlineData("fr", "Total : 1 règle ACT, 1 cas, 0 concordant, 1 faux positif, 0 manqué (0 complète, 0 partielle, 1 incohérente).")]
    [InlineData("ar", "المجموع: قواعد ACT: 1، الحالات: 1، المتوافقة: 0، الإيجابيات الكاذبة: 1، الفائتة: 0 (الكاملة: 0، الجزئية: 0، غير المتّسقة: 1).")]
    public void Act_UiCulture_TotalsInThatLanguageWithTheirPluralForms(string uiCulture, string total)
    {
        using var folder = new TempFolder();
        WriteSuite(folder, ("p1", "Passed Example 1", "passed", "<html lang=\"en\"><body><img src=\"a.png\"></body></html>"));

        var result = folder.Run("act", "--testcases", folder.Root, "--ui-culture", uiCulture);

        Assert.Equal(total, result.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void Act_Miss_IsPartialAndSaysWhy()
    {
        using var folder = new TempFolder();
        WriteSuite(
            folder,
            ("f1", "Failed Example 1", "failed", "<html lang=\"en\"><body><img src=\"a.png\"></body></html>"),
            ("f2", "Failed Example 2", "failed", "<html lang=\"en\"><body><img src=\"a.png\" alt=\"x\"></body></html>"));

        var result = folder.Run("act", "--testcases", folder.Root, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rule = Assert.Single(json.RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal("partial", rule.GetProperty("label").GetString());
        Assert.Equal(1, rule.GetProperty("misses").GetInt32());
        Assert.Equal("https://act.example/f2.html", Assert.Single(rule.GetProperty("missedCases").EnumerateArray()).GetProperty("url").GetString());
    }

    [Fact]
    public void Act_EarlOnMadeUpSuite_SaysWhatCarepagesFound()
    {
        using var folder = new TempFolder();
        WriteSuite(
            folder,
            ("f1", "Failed Example 1", "failed", "<html lang=\"en\"><body><img src=\"a.png\"></body></html>"),
            ("i1", "Inapplicable Example 1", "inapplicable", "<html lang=\"en\"><body><p>No image</p></body></html>"));

        var result = folder.Run("act", "--testcases", folder.Root, "--format", "earl");

        using var json = JsonDocument.Parse(result.Output);
        var outcomes = json.RootElement.GetProperty("@graph").EnumerateArray().ToDictionary(
            a => a.GetProperty("earl:subject").GetProperty("dct:source").GetString()!,
            a => a.GetProperty("earl:result").GetProperty("earl:outcome").GetProperty("@id").GetString());
        Assert.Equal("earl:failed", outcomes["https://act.example/f1.html"]);
        Assert.Equal("earl:passed", outcomes["https://act.example/i1.html"]);
    }

    [Fact]
    public void Act_FormatSarif_IsNotOffered()
    {
        var result = CliRunner.Run("act", "--testcases", SharedStandards.ActRules, "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Act_FolderWithoutTestCases_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = folder.Run("act", "--testcases", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("testcases.json", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"testcases\": ")]
    [InlineData("{ \"cases\": [] }")]
    [InlineData("{ \"testcases\": [ { \"ruleId\": \"23a2a8\" } ] }")]
    [InlineData("{ \"testcases\": [ { \"ruleId\": \"23a2a8\", \"ruleName\": \"n\", \"testcaseId\": \"x\", \"testcaseTitle\": \"t\", \"expected\": \"maybe\", \"relativePath\": \"x.html\", \"url\": \"u\" } ] }")]
    [InlineData("{ \"testcases\": [ { \"ruleId\": \"23a2a8\", \"ruleName\": \"n\", \"testcaseId\": \"x\", \"testcaseTitle\": \"t\", \"expected\": \"passed\", \"relativePath\": \"missing.html\", \"url\": \"u\" } ] }")]
    public void Act_BrokenSuite_ExitsTwo(string index)
    {
        using var folder = new TempFolder();
        folder.Write("testcases.json", index);

        var result = folder.Run("act", "--testcases", folder.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Act_WithoutTestCasesOption_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("act").ExitCode);
    }

    private static List<string> MappedRules() =>
        [.. new ActScorer(CheckEngine.CreateDefault()).MappedRules
            .Where(r => ActTestSuite.Load(SharedStandards.ActRules).Cases.Any(c => c.RuleId == r))
            .Order(StringComparer.Ordinal)];

    private static void WriteSuite(TempFolder folder, params (string Id, string Title, string Expected, string Html)[] cases)
    {
        var entries = cases.Select(c => new
        {
            ruleId = ImageRule,
            ruleName = "Image has non-empty accessible name",
            testcaseId = c.Id,
            testcaseTitle = c.Title,
            expected = c.Expected,
            relativePath = $"testcases/{ImageRule}/{c.Id}.html",
            url = $"https://act.example/{c.Id}.html",
        });
        folder.Write("testcases.json", JsonSerializer.Serialize(new { testcases = entries }));
        foreach (var c in cases)
        {
            folder.Write($"testcases/{ImageRule}/{c.Id}.html", c.Html);
        }
    }
}
