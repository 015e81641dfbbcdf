namespace CarePages.Cli;

/// <summary>Where a run writes its report and what relative paths are relative to.</summary>
/// <param name="Output">Standard output: the report.</param>
/// <param name="WorkingDirectory">The directory paths on the command line and in reports are relative to.</param>
internal sealed record CliEnvironment(TextWriter Output, string WorkingDirectory);
