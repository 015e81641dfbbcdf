using BenchmarkDotNet.Attributes;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Benchmarks;

/// <summary>
/// The translation workflow's targets: export of 1,000 documents × 10 fields to XLIFF (target 1 s), import of that
/// file with schema validation (target 1 s for XLIFF 2.1, 2 s for 1.2), and the status matrix of 10,000 documents × 6
/// cultures (target 200 ms).
/// </summary>
public class TranslationBenchmarks
{
    private XliffExportJob _job = null!;
    private string _xliff12 = string.Empty;
    private string _xliff21 = string.Empty;
    private List<MatrixDocument> _documents = [];
    private FieldTranslationState[] _states = [];

    /// <summary>Builds the job and its files, and imports each once so lazy start-up (schemas) is not timed.</summary>
    [GlobalSetup(Targets = [nameof(ExportXliff12_1000x10), nameof(ExportXliff21_1000x10), nameof(ImportXliff12_1000x10), nameof(ImportXliff21_1000x10)])]
    public void SetUpExchange()
    {
        _job = TranslationWorkload.Job();
        _xliff12 = XliffExchange.WriteToString(_job, XliffVersion.Xliff12);
        _xliff21 = XliffExchange.WriteToString(_job, XliffVersion.Xliff21);
        Require(XliffExchange.Import(_xliff12, _job));
        Require(XliffExchange.Import(_xliff21, _job));
    }

    /// <summary>Builds the states.</summary>
    [GlobalSetup(Target = nameof(StatusMatrix_10000x6))]
    public void SetUpMatrix() => (_documents, _states) = TranslationWorkload.Matrix();

    /// <summary>1,000 documents × 10 fields written as XLIFF 1.2.</summary>
    [Benchmark]
    public string ExportXliff12_1000x10() => XliffExchange.WriteToString(_job, XliffVersion.Xliff12);

    /// <summary>The same as XLIFF 2.1.</summary>
    [Benchmark]
    public string ExportXliff21_1000x10() => XliffExchange.WriteToString(_job, XliffVersion.Xliff21);

    /// <summary>The 1.2 file imported: secure parse, strict XSD, identity, every unit's codes, rebuild, sanitising.</summary>
    [Benchmark]
    public XliffImportResult ImportXliff12_1000x10() => XliffExchange.Import(_xliff12, _job);

    /// <summary>The 2.1 file imported: secure parse, core and module schemas and processing requirements, then as for 1.2.</summary>
    [Benchmark]
    public XliffImportResult ImportXliff21_1000x10() => XliffExchange.Import(_xliff21, _job);

    /// <summary>10,000 documents × 6 cultures from 600,000 field states.</summary>
    [Benchmark]
    public TranslationStatusMatrix StatusMatrix_10000x6() => TranslationStatusMatrix.Build(_documents, TranslationWorkload.Cultures, _states);

    private static void Require(XliffImportResult result)
    {
        if (result.Status != XliffImportStatus.Success)
        {
            throw new InvalidOperationException($"The benchmark file does not import cleanly: {result.Status} {string.Join(" ", result.Messages)} {result.Units.FirstOrDefault(u => u.Reason is not null)?.Reason}");
        }
    }
}
