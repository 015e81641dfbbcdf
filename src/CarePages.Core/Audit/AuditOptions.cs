using CarePages.Core.Threading;

namespace CarePages.Core.Audit;

/// <summary>Settings of the site audit, bound from <c>CarePages:Audit</c>. Every value has a documented default.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section, relative to <c>CarePages</c>.</summary>
    public const string SectionName = "Audit";

    /// <summary>
    /// The time of day (24-hour <c>HH:mm</c>, UTC) of the nightly audit, e.g. <c>02:30</c>. Default: empty, no
    /// scheduled run (a run is started from the backoffice, the API or the command line).
    /// </summary>
    public string Schedule { get; set; } = string.Empty;

    /// <summary>Whether the published version is audited besides the draft. Default: true.</summary>
    public bool IncludePublished { get; set; } = true;

    /// <summary>Documents checked at once (1 to 64). Default: the machine's processor count, at most 64.</summary>
    public int Parallelism { get; set; } = ParallelismSetting.Default;

    /// <summary>Documents saved together (each document's results stay one step). Default: 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a running run's worker may stay silent before another server or process takes the run up again.
    /// Default: 2 minutes (the worker reports after every batch, a few times a second).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the server that runs audits looks for a run queued elsewhere. Default: 10 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
