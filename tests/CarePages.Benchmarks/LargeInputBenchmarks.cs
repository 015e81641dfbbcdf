using BenchmarkDotNet.Attributes;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;

namespace CarePages.Benchmarks;

/// <summary>
/// Issue 15, item 3: the check engine on the inputs that were quadratic, at 5 MB (over the default limit, so refused at
/// once) and at the default field limit (200,000 characters, parsed and checked by every rule). The target is under a
/// second for each. In process, as only the set-up (not a separate build) is needed to generate the inputs.
/// </summary>
[InProcessToolchain]
public class LargeInputBenchmarks
{
    private const int FiveMegabytes = 5 * 1024 * 1024;

    private CheckEngine _engine = null!;
    private CheckRequest _request = null!;
    private string _fiveMegabytes = string.Empty;
    private string _atLimit = string.Empty;

    /// <summary>The rich-text shape (see <see cref="HostileInputs.RichTextUnits"/>).</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = string.Empty;

    /// <summary>Every rich-text shape.</summary>
    public static IEnumerable<string> Shapes => HostileInputs.RichTextUnits.Keys;

    /// <summary>Builds the engine and the inputs, and checks once so that start-up is not timed.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _engine = CheckEngine.CreateDefault();
        _request = new CheckRequest { Culture = "en-GB", Today = ClinicDocuments.Today };
        var limit = new CheckOptions().MaxFieldLength;
        var unit = HostileInputs.RichTextUnits[Shape];
        _fiveMegabytes = HostileInputs.Repeat(unit, FiveMegabytes);
        _atLimit = HostileInputs.Repeat(unit, limit);
        Console.WriteLine($"// {Shape}: 5 MB -> {string.Join(", ", CheckFiveMegabytes().Findings.Select(f => f.RuleId).Distinct())}; "
            + $"{_atLimit.Length:N0} characters -> {CheckAtFieldLimit().Findings.Count} findings");
    }

    /// <summary>5 MB of the shape as one rich-text field: refused by the size limit.</summary>
    [Benchmark(Description = "Engine: 5 MB rich text")]
    public CheckReport CheckFiveMegabytes() => _engine.CheckRichText(_fiveMegabytes, _request, "body");

    /// <summary>The shape at the field limit as one rich-text field: parsed and checked by every rule.</summary>
    [Benchmark(Description = "Engine: 200,000 characters of rich text")]
    public CheckReport CheckAtFieldLimit() => _engine.CheckRichText(_atLimit, _request, "body");
}
