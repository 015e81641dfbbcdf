namespace CarePages.Cli.Tests.TestSupport;

/// <summary>Runs <c>carepages</c> in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> with relative paths starting at <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CarePagesCli.Run(args, output, error, workingDirectory);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> from the repository root.</summary>
    public static CliResult Run(params string[] args) => RunIn(RepositoryRoot.Path, args);

    /// <summary>Runs <paramref name="args"/> with <paramref name="folder"/> as the working directory.</summary>
    public static CliResult Run(this TempFolder folder, params string[] args) => RunIn(folder.Root, args);
}
