using CarePages.Cli.Output;
using CarePages.Core.Audit;
using CarePages.Core.Checks;

namespace CarePages.Cli.Commands;

/// <summary>What <c>carepages audit</c> was asked for.</summary>
/// <param name="DatabasePath">The demo store's SQLite file, absolute.</param>
/// <param name="User">Who asked, recorded on the run.</param>
/// <param name="Format">Text, JSON or SARIF.</param>
/// <param name="Version">The version reported on.</param>
/// <param name="MinimumSeverity">Only findings of at least this severity.</param>
/// <param name="Cultures">Only findings in these cultures; empty: every culture.</param>
/// <param name="RuleId">Only this rule's findings.</param>
/// <param name="FailOn">The least severity that makes the exit code 1; null: never.</param>
/// <param name="UiCulture">The language of the report.</param>
internal sealed record AuditArguments(
    string DatabasePath,
    string User,
    ReportFormat Format,
    AuditedVersion Version,
    FindingSeverity? MinimumSeverity,
    IReadOnlyList<string> Cultures,
    string? RuleId,
    FindingSeverity? FailOn,
    string UiCulture);
