namespace CarePages.Cli.Output;

/// <summary>The output formats (<c>--format</c>).</summary>
internal enum ReportFormat
{
    /// <summary>Human-readable text.</summary>
    Text,

    /// <summary><c>{"findings":[…]}</c> (check) or per-rule scores (act).</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning services (check only).</summary>
    Sarif,

    /// <summary>EARL 1.0 as JSON-LD, as W3C ACT implementation reports use.</summary>
    Earl,
}
