using CarePages.Core.Audit;
using CarePages.Core.Threading;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>Refuses <c>CarePages:Audit</c> settings that cannot work, naming each problem.</summary>
internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        var problems = new List<string>();
        if (!AuditSchedule.TryParse(options.Schedule, out _))
        {
            problems.Add($"CarePages:Audit:Schedule \"{options.Schedule}\" is not a time of day: write it as HH:mm in UTC (e.g. 02:30), or leave it empty for no nightly run.");
        }

        if (!ParallelismSetting.IsValid(options.Parallelism))
        {
            problems.Add($"CarePages:Audit:Parallelism must be between 1 and {ParallelismSetting.Max} (it is {options.Parallelism}).");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            problems.Add($"CarePages:Audit:BatchSize must be between 1 and 1000 (it is {options.BatchSize}).");
        }

        if (options.Lease < TimeSpan.FromSeconds(10))
        {
            problems.Add($"CarePages:Audit:Lease must be at least 00:00:10 (it is {options.Lease}).");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add($"CarePages:Audit:PollInterval must be at least 00:00:01 (it is {options.PollInterval}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
