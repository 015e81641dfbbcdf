namespace CarePages.Cli;

/// <summary>Where a run writes its report and what relative paths are relative to.</summary>
/// <param name="Output">Standard output: the report.</param>
/// <param name="WorkingDirectory">The directory paths on the command line and in reports are relative to.</param>
internal sealed record CliEnvironment(TextWriter Output, string WorkingDirectory)
{
    /// <summary>Standard error: progress and notes that are not the report.</summary>
    public TextWriter Error { get; init; } = TextWriter.Null;

    /// <summary>Whether <see cref="Error"/> is a terminal a progress bar can be redrawn on (not redirected to a file or a pipe).</summary>
    public bool ErrorIsTerminal { get; init; }
}
