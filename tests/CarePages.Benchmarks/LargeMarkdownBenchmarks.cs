using BenchmarkDotNet.Attributes;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Translation.Exchange;

namespace CarePages.Benchmarks;

/// <summary>
/// Issue 15, items 3 and 6: the Markdown import's conversion (the shape scan, Markdig, the cleaner and the canonical
/// writer) on a field at the default import limit (200,000 characters) of each shape that was quadratic or slow to
/// refuse. The target is under a second for each. In process, as only the set-up (not a separate build) is needed.
/// </summary>
[InProcessToolchain]
public class LargeMarkdownBenchmarks
{
    private string _markdown = string.Empty;

    /// <summary>The Markdown shape (see <see cref="HostileInputs.MarkdownUnits"/>).</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = string.Empty;

    /// <summary>Every Markdown shape.</summary>
    public static IEnumerable<string> Shapes => HostileInputs.MarkdownUnits.Keys;

    /// <summary>Builds the field and converts it once so that start-up is not timed.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _markdown = HostileInputs.Repeat(HostileInputs.MarkdownUnits[Shape], TranslationExchangeOptions.DefaultMaxFieldLength);
        Console.WriteLine($"// {Shape}: {_markdown.Length:N0} characters -> {Convert() ?? "converted"}");
    }

    /// <summary>The field through the import's conversion: the refusal, or null when it was converted.</summary>
    [Benchmark(Description = "Markdown import: 200,000 characters")]
    public string? Convert() => MarkdownToHtml.TryConvert(_markdown).Refusal?.English;
}
