using Microsoft.Extensions.Logging;

namespace CarePages.Umbraco.Installation;

/// <summary>Writes an install report to the log: one error per failed step naming the item, one line per change.</summary>
internal static partial class InstallReportLog
{
    public static void Write(ILogger logger, InstallReport report)
    {
        foreach (var step in report.Steps)
        {
            if (!step.Succeeded)
            {
                StepFailed(logger, step.ItemKind, step.Alias, step.Status, step.Message);
            }
            else if (step.Outcome is InstallStepOutcome.Created or InstallStepOutcome.Updated && step.Message is not null)
            {
                StepChangedWithIssues(logger, step.Outcome, step.ItemKind, step.Alias, step.Message);
            }
            else if (step.Outcome is InstallStepOutcome.Created or InstallStepOutcome.Updated)
            {
                StepChanged(logger, step.Outcome, step.ItemKind, step.Alias);
            }
            else if (step.Message is not null)
            {
                StepLeftAlone(logger, step.ItemKind, step.Alias, step.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CarePages could not install {ItemKind} {Alias}: {Status}. {Detail}")]
    private static partial void StepFailed(ILogger logger, string itemKind, string alias, string? status, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CarePages {Outcome} {ItemKind} {Alias}. {Detail}")]
    private static partial void StepChangedWithIssues(ILogger logger, InstallStepOutcome outcome, string itemKind, string alias, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "CarePages left {ItemKind} {Alias} as it is: {Detail}")]
    private static partial void StepLeftAlone(ILogger logger, string itemKind, string alias, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "CarePages {Outcome} {ItemKind} {Alias}.")]
    private static partial void StepChanged(ILogger logger, InstallStepOutcome outcome, string itemKind, string alias);
}
