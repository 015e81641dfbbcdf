using BenchmarkDotNet.Attributes;
using CarePages.Core.Checks;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Xliff;

namespace CarePages.Benchmarks;

/// <summary>
/// The worst shapes the fuzz suite (<c>tests/CarePages.Core.Tests</c>, <c>*FuzzTests</c>) generates, timed here
/// because the tests assert no time: rich text nested far deeper than the 64 levels a page needs. A document's own
/// text is unwrapped beyond them before the recursive walks (normaliser, XLIFF export); the HTML parser itself
/// spends time in proportion to the depth on every block tag (<c>div</c>), not on <c>span</c>. The check engine and
/// the Markdown import refuse such input from its tags before parsing.
/// </summary>
public class FuzzShapeBenchmarks
{
    private string _spans20000 = string.Empty;
    private string _divs2000 = string.Empty;
    private string _divs4000 = string.Empty;
    private string _divs100000 = string.Empty;
    private string _quotes100000 = string.Empty;
    private XliffExportJob _spanJob = null!;
    private CheckEngine _engine = null!;

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _spans20000 = Nested("<span>", 20_000);
        _divs2000 = Nested("<div>", 2_000);
        _divs4000 = Nested("<div>", 4_000);
        _divs100000 = Nested("<div>", 100_000);
        _quotes100000 = Nested("> ", 100_000);
        _spanJob = new XliffExportJob
        {
            JobId = "bench-fuzz",
            SourceCulture = "en-GB",
            TargetCulture = "es-ES",
            Documents =
            [
                new XliffExportDocument
                {
                    Key = Guid.Parse("0f0e0d0c-0b0a-4908-8706-050403020100"),
                    ContentTypeAlias = "treatmentOverview",
                    Name = "Nested",
                    Units = [new XliffExportUnit { FieldPath = "body", Kind = XliffFieldKind.RichText, Source = _spans20000 }],
                },
            ],
        };
        _engine = CheckEngine.CreateDefault();
    }

    /// <summary>20,000 nested spans through the Markdown exchange's normaliser (unwrapped beyond 64 levels).</summary>
    [Benchmark]
    public string NormaliseSpans20000() => RichTextNormaliser.Normalise(_spans20000).Value;

    /// <summary>2,000 nested divs through the normaliser.</summary>
    [Benchmark]
    public string NormaliseDivs2000() => RichTextNormaliser.Normalise(_divs2000).Value;

    /// <summary>4,000 nested divs: twice the depth of the previous benchmark, to show how the parse grows.</summary>
    [Benchmark]
    public string NormaliseDivs4000() => RichTextNormaliser.Normalise(_divs4000).Value;

    /// <summary>An XLIFF 2.1 export of a field of 20,000 nested spans.</summary>
    [Benchmark]
    public string ExportXliff21Spans20000() => XliffExchange.WriteToString(_spanJob, XliffVersion.Xliff21);

    /// <summary>100,000 nested divs through the check engine, refused from the tags.</summary>
    [Benchmark]
    public int CheckRichTextDivs100000() => _engine.CheckRichText(_divs100000, new CheckRequest { Culture = "en-GB" }).Findings.Count;

    /// <summary>100,000 nested Markdown quotes, refused by Markdig's depth limit.</summary>
    [Benchmark]
    public string? MarkdownToHtmlQuotes100000() => MarkdownToHtml.TryConvert(_quotes100000).Refusal?.English;

    private static string Nested(string opener, int depth) => string.Concat(Enumerable.Repeat(opener, depth)) + "text";
}
