namespace CarePages.Core.Checks.Reports;

/// <summary>What a SARIF log says besides its results: the tool, the rules results refer to, notifications and URI bases.</summary>
public sealed record SarifRun
{
    /// <summary>The tool that made the results.</summary>
    public required SarifTool Tool { get; init; }

    /// <summary>The rules, in the order results' <c>ruleIndex</c> counts them.</summary>
    public IReadOnlyList<SarifRule> Rules { get; init; } = [];

    /// <summary>Notes of the run that are not findings, written as <c>note</c>-level tool notifications.</summary>
    public IReadOnlyList<SarifNotification> Notifications { get; init; } = [];

    /// <summary>The bases relative artifact URIs start from, by id (e.g. <c>%SRCROOT%</c> → the folder the tool ran in).</summary>
    public IReadOnlyDictionary<string, Uri> OriginalUriBaseIds { get; init; } = new Dictionary<string, Uri>();
}
