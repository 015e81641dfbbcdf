using CarePages.Core.Checks.Html;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Counterexamples the fuzz suite (XliffImportFuzzTests) found in splitting a document's own HTML, kept as named regressions.</summary>
public sealed class SegmentedHtmlTests
{
    [Theory]
    [InlineData(XliffVersion.Xliff12)]
    [InlineData(XliffVersion.Xliff21)]
    public void ExportThenImport_SourceNested20000Deep_TextKeptInsteadOfOverflowingTheStack(XliffVersion version)
    {
        // Source rich text is bounded by no import limit, and splitting it into units recursed once per level:
        // 20,000 nested inline elements overflowed the stack on export, ending the site's process.
        var job = XliffTestJobs.OnePage(string.Concat(Enumerable.Repeat("<span>", 20_000)) + "Keep this text");

        var result = XliffExchange.Import(XliffExchange.WriteToString(job, version), job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Messages.Concat(result.Units.Select(u => u.Reason))));
        Assert.Equal("Keep this text", HtmlInput.ParseFragment(XliffAssert.Field(result, "body")).Body!.TextContent);
    }

    [Fact]
    public void Split_SourceNestedBeyondTheLimit_ScriptsDeeperThanItRemovedNotSentAsText()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 100)) + "Text<script>steal()</script>";

        var split = SegmentedHtml.Split(html, "body");

        Assert.DoesNotContain("steal", split.Html, StringComparison.Ordinal);
        Assert.Contains("Text", split.Html, StringComparison.Ordinal);
    }
}
