using CarePages.Core.Audit;
using CarePages.Core.Checks;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>The filters of the audit's findings and their export, as the query string names them.</summary>
public sealed class AuditFindingsParameters
{
    /// <summary>Only this rule's findings (a rule id such as <c>image-alt-missing</c>).</summary>
    [FromQuery(Name = "rule")]
    public string? Rule { get; init; }

    /// <summary>Only findings of at least this severity: <c>Info</c>, <c>Warn</c> or <c>Block</c>.</summary>
    [FromQuery(Name = "severity")]
    public FindingSeverity? Severity { get; init; }

    /// <summary>Only findings in these cultures (repeatable); of them, the source culture and the user's languages are kept.</summary>
    [FromQuery(Name = "culture")]
    public string[] Culture { get; init; } = [];

    /// <summary>Only findings on documents of this type.</summary>
    [FromQuery(Name = "contentType")]
    public string? ContentType { get; init; }

    /// <summary>Only findings on this document.</summary>
    [FromQuery(Name = "document")]
    public Guid? Document { get; init; }

    /// <summary>Only findings on pages whose next review is due on or before this day (<c>yyyy-MM-dd</c>).</summary>
    [FromQuery(Name = "reviewDueBy")]
    public DateOnly? ReviewDueBy { get; init; }

    /// <summary>The version audited: <c>Draft</c> (default) or <c>Published</c>.</summary>
    [FromQuery(Name = "version")]
    public AuditedVersion Version { get; init; } = AuditedVersion.Draft;

    /// <summary>How many matching findings to pass over (most severe first).</summary>
    [FromQuery(Name = "skip")]
    public int Skip { get; init; }

    /// <summary>How many findings to return: 1 to 500, default 50. The export returns every matching finding.</summary>
    [FromQuery(Name = "take")]
    public int Take { get; init; } = 50;

    /// <summary>The language of messages, hints and field labels: en (default), es, fr, de or ar.</summary>
    [FromQuery(Name = "uiCulture")]
    public string UiCulture { get; init; } = "en";
}
