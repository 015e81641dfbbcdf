using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

/// <summary>The clinical rules over the article's defective originals and the corrected sample clinic.</summary>
public class ClinicalRulesContentTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static TheoryData<int, string> SampleDocuments()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < SampleClinic.Documents.Count; i++)
        {
            foreach (var culture in SampleClinic.Cultures)
            {
                data.Add(i, culture);
            }
        }

        return data;
    }

    [Fact]
    public void CheckDocument_DefectiveIntranasalRoute_BlocksTheSwappedHowItWorks()
    {
        var findings = Check(Fixture("route-intranasal-original.json"));

        var finding = Assert.Single(findings, f => f.Severity == FindingSeverity.Block);
        Assert.Equal("route-text-mismatch", finding.RuleId);
        Assert.Equal("howItWorks", finding.Property);
        Assert.Equal("en-GB", finding.Culture);
        Assert.Contains("intramuscular use", finding.Message, StringComparison.Ordinal);
        Assert.Contains("intranasal use", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Intramuscular ketamine involves injecting", finding.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDocument_DefectiveBookingCallout_BlocksTheCutOffTextAndTheMissingPhone()
    {
        var findings = Check(Fixture("booking-callout-original.json"));

        var blocks = findings.Where(f => f.Severity == FindingSeverity.Block).Select(f => (f.RuleId, f.Property)).Order().ToList();
        Assert.Equal([("booking-phone-missing", "bookingCallout.phoneNumber"), ("booking-text-cut-off", "bookingCallout.text")], blocks);
        Assert.Contains("“ensure”", findings.Single(f => f.RuleId == "booking-text-cut-off").Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments))]
    public void CheckDocument_SampleClinic_NoClinicalFinding(int index, string culture)
    {
        var document = CultureDocumentFactory.Create(SampleClinic.Documents[index], culture);

        var findings = Check(document);

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Property}: {f.Message} [{f.Snippet}]")));
    }

    private static IReadOnlyList<Finding> Check(CultureDocument document)
    {
        var engine = new CheckEngine(new CheckRuleSetBuilder().AddRange(ClinicalRules.Create()).Build());
        return engine.CheckDocument(document, new CheckRequest { Culture = document.Culture, Today = Today }).Findings;
    }

    private static CultureDocument Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "DefectiveArticle", name);
        return CultureDocumentFactory.Create(MultiCultureDocumentJson.Parse(File.ReadAllText(path), name), "en-GB");
    }
}
