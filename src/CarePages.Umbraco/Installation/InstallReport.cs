namespace CarePages.Umbraco.Installation;

/// <summary>Every step of one installer run.</summary>
/// <param name="Steps">The steps, in the order they ran.</param>
public sealed record InstallReport(IReadOnlyList<InstallStepResult> Steps)
{
    /// <summary>An empty report, for runs that had nothing to do.</summary>
    public static InstallReport Empty { get; } = new([]);

    /// <summary>True when no step failed.</summary>
    public bool Succeeded => Steps.All(s => s.Succeeded);

    /// <summary>The failed steps.</summary>
    public IEnumerable<InstallStepResult> Failures => Steps.Where(s => !s.Succeeded);
}
