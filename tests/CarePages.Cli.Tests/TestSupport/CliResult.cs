using System.Text.Json;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The findings of a <c>--format json</c> run.</summary>
    public IReadOnlyList<JsonElement> Findings()
    {
        using var json = JsonDocument.Parse(Output);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    /// <summary>The rule ids of a <c>--format json</c> run, in report order.</summary>
    public IReadOnlyList<string> RuleIds() => [.. Findings().Select(f => f.GetProperty("ruleId").GetString()!)];
}
