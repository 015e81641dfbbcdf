namespace CarePages.Core.Checks;

/// <summary>The immutable outcome of checking one document or page: every finding, sorted deterministically.</summary>
public sealed class CheckReport
{
    /// <summary>A report with no findings.</summary>
    public static CheckReport Empty { get; } = new([]);

    /// <summary>Creates a report, sorting <paramref name="findings"/> with <see cref="FindingOrder"/>.</summary>
    public CheckReport(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sorted = findings.ToList();
        sorted.Sort(FindingOrder.Instance);
        Findings = sorted;
    }

    /// <summary>Every finding, sorted.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when at least one finding blocks publishing.</summary>
    public bool HasBlockers => Findings.Any(f => f.Severity == FindingSeverity.Block);

    /// <summary>The findings of <paramref name="severity"/>.</summary>
    public IEnumerable<Finding> WithSeverity(FindingSeverity severity) => Findings.Where(f => f.Severity == severity);

    /// <summary>Joins several reports into one.</summary>
    public static CheckReport Combine(IEnumerable<CheckReport> reports) => new(reports.SelectMany(r => r.Findings));
}
