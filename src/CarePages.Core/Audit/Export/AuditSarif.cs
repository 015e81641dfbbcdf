using System.Globalization;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Reports;

namespace CarePages.Core.Audit.Export;

/// <summary>
/// The site audit's findings as SARIF, for <see cref="SarifWriter"/>: every rule of the engine (and the engine's own
/// findings) described in the reader's language, and one result per finding. A page has no file, so a result's artifact
/// is the page as <c>documents/{key}/{culture}</c> (<c>…/published</c> for the published version) relative to
/// <see cref="SiteRoot"/>, with the document and the field as logical locations and the document's key, name, type,
/// version and next review date as properties.
/// </summary>
public static class AuditSarif
{
    /// <summary>The uriBaseId of every result's artifact: the site the audit ran on.</summary>
    public const string SiteRoot = "CAREPAGES_SITE";

    /// <summary>The run of a log of <paramref name="engine"/>'s findings, rules described in <paramref name="uiCulture"/>; <paramref name="site"/>, when known, is where <see cref="SiteRoot"/> points.</summary>
    public static SarifRun Run(CheckEngine engine, string uiCulture, SarifTool? tool = null, Uri? site = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new SarifRun
        {
            Tool = tool ?? SarifTool.CarePages,
            Rules = engine.Rules.All.Select(r => r.Descriptor).Concat(EngineFindings.All).Select(d => SarifRule.Of(d, uiCulture)).ToArray(),
            OriginalUriBaseIds = site is null ? new Dictionary<string, Uri>() : new Dictionary<string, Uri> { [SiteRoot] = site },
        };
    }

    /// <summary><paramref name="finding"/> as a SARIF result.</summary>
    public static SarifResult Result(AuditFindingView finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = finding.DocumentKey.ToString("D", CultureInfo.InvariantCulture);
        var page = new SarifLogicalLocation(finding.DocumentName, key, "resource");
        return new SarifResult
        {
            RuleId = finding.RuleId,
            Severity = finding.Severity,
            Message = finding.Message,
            Hint = finding.Hint,
            Location = new SarifLocation
            {
                ArtifactUri = $"documents/{key}/{Uri.EscapeDataString(finding.Culture)}{(finding.Version == AuditedVersion.Published ? "/published" : string.Empty)}",
                UriBaseId = SiteRoot,
                LogicalLocations = finding.Property is { } property ? [page, new SarifLogicalLocation(property, $"{key}/{property}", "property")] : [page],
            },
            Culture = finding.Culture,
            Wcag = finding.Wcag,
            ActRule = finding.ActRule,
            Arguments = finding.Arguments,
            Properties =
            [
                new("documentKey", key),
                new("documentName", finding.DocumentName),
                new("contentType", finding.ContentTypeAlias),
                new("version", finding.Version.ToString()),
                new("field", finding.PropertyLabel),
                new("snippet", finding.Snippet),
                new("nextReviewDue", finding.NextReviewDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ],
        };
    }

    /// <summary>Writes the log of <paramref name="findings"/> to <paramref name="output"/> as it reads them.</summary>
    public static Task WriteAsync(Stream output, SarifRun run, IAsyncEnumerable<AuditFindingView> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return SarifWriter.WriteAsync(output, run, findings.Select(Result), cancellationToken);
    }
}
