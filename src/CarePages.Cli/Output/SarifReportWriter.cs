using CarePages.Cli.Checking;
using CarePages.Cli.Input;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli.Output;

/// <summary>
/// The SARIF report of <c>check</c>, written by the one <see cref="SarifWriter"/>: the rules that reported (name, one-sentence
/// and full description in the UI language, help page, WCAG criteria as tags), one result per finding located in its file
/// (path relative to the working directory), and a notification per document skipped for lack of the culture.
/// </summary>
internal sealed class SarifReportWriter
{
    /// <summary>The uriBaseId of file locations: the directory carepages ran in.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private readonly RuleCatalog _catalog;
    private readonly string _workingDirectory;

    /// <summary>Creates a writer.</summary>
    public SarifReportWriter(RuleCatalog catalog, string workingDirectory)
    {
        _catalog = catalog;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Writes <paramref name="files"/> to <paramref name="output"/>.</summary>
    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        var run = new SarifRun
        {
            Tool = ToolInfo.Sarif,
            Rules = files.SelectMany(f => f.Report.Findings).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(_catalog.SarifRule).ToArray(),
            Notifications = files.Where(f => f.Skipped is not null).Select(Skipped).ToArray(),
            OriginalUriBaseIds = new Dictionary<string, Uri> { [SourceRoot] = DirectoryUri(_workingDirectory) },
        };
        SarifWriter.Write(output, run, files.SelectMany(file =>
        {
            var locator = new SourceLocator(file.File);
            return file.Report.Findings.Select(f => Result(f, file, locator));
        }));
    }

    private SarifResult Result(Finding finding, FileReport file, SourceLocator locator)
    {
        var (line, column) = locator.Locate(finding);
        return new SarifResult
        {
            RuleId = finding.RuleId,
            Severity = finding.Severity,
            Message = finding.Message,
            Hint = finding.Hint,
            Location = ArtifactLocation(file.File.FullPath) with
            {
                StartLine = line,
                StartColumn = column,
                Snippet = finding.Snippet,
                LogicalLocations = finding.Property is null ? [] : [new SarifLogicalLocation(finding.Property, finding.Property, "property")],
            },
            Culture = finding.Culture,
            Wcag = finding.Wcag,
            ActRule = finding.ActRule,
            Arguments = finding.Arguments,
        };
    }

    private SarifNotification Skipped(FileReport file) => new(
        _catalog.Labels.Text("file.skipped", ("file", file.File.DisplayPath), ("culture", file.Skipped!.Culture), ("cultures", string.Join(", ", file.Skipped.Cultures))),
        ArtifactLocation(file.File.FullPath));

    // Relative to the working directory when the file is under it; an absolute file URI otherwise.
    private SarifLocation ArtifactLocation(string fullPath)
    {
        if (InputFiles.RelativePath(fullPath, _workingDirectory) is not { } relative)
        {
            return new SarifLocation { ArtifactUri = new Uri(fullPath).AbsoluteUri };
        }

        return new SarifLocation { ArtifactUri = string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), UriBaseId = SourceRoot };
    }

    private static Uri DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return new Uri(uri.EndsWith('/') ? uri : uri + "/");
    }
}
