using System.Text.Json;
using CarePages.Core.Audit;
using CarePages.Persistence.Entities;
using CarePages.Persistence.Model;

namespace CarePages.Persistence.Mapping;

/// <summary>Between the site audit's records and its rows.</summary>
internal static class AuditMapping
{
    public static AuditDocumentState ToState(AuditDocumentEntity entity) => new(entity.DocumentKey, entity.Stamp, entity.SettingsStamp, entity.RecheckOn);

    public static void Apply(AuditDocumentResult result, AuditDocumentEntity entity)
    {
        entity.DocumentKey = result.State.Key;
        entity.Stamp = result.State.Stamp;
        entity.SettingsStamp = result.State.SettingsStamp;
        entity.RecheckOn = result.State.RecheckOn;
        entity.Name = Limit(result.Name, ColumnLengths.DocumentName);
        entity.ContentTypeAlias = result.ContentTypeAlias;
        entity.CheckedAt = result.CheckedAt;
    }

    public static AuditCultureEntity ToEntity(Guid documentKey, string contentTypeAlias, DateTimeOffset checkedAt, AuditCultureResult result)
    {
        var culture = new AuditCultureEntity
        {
            Id = Guid.CreateVersion7(),
            DocumentKey = documentKey,
            Culture = result.Culture,
            CultureKey = CultureKeys.Of(result.Culture),
            Version = result.Version,
            Fingerprint = result.Fingerprint,
            DocumentName = Limit(result.DocumentName, ColumnLengths.DocumentName),
            ContentTypeAlias = contentTypeAlias,
            ReviewedOn = result.ReviewedOn,
            NextReviewDue = result.NextReviewDue,
            Blockers = result.Count(Core.Checks.FindingSeverity.Block),
            Warnings = result.Count(Core.Checks.FindingSeverity.Warn),
            Infos = result.Count(Core.Checks.FindingSeverity.Info),
            CheckedAt = checkedAt,
        };
        culture.Findings = result.Findings.Select((f, i) => new AuditFindingEntity
        {
            CultureId = culture.Id,
            Ordinal = i,
            DocumentKey = documentKey,
            CultureKey = culture.CultureKey,
            Version = result.Version,
            ContentTypeAlias = contentTypeAlias,
            RuleId = f.RuleId,
            MessageKey = f.MessageKey,
            Severity = f.Severity,
            Property = f.Property is null ? null : Limit(f.Property, ColumnLengths.FieldPath),
            Snippet = f.Snippet,
            Wcag = string.Join(',', f.Wcag),
            ActRule = f.ActRule,
            Arguments = AuditArgumentsJson.Write(f.Arguments),
        }).ToList();
        return culture;
    }

    public static AuditFinding ToFinding(AuditFindingEntity entity) => new(
        entity.RuleId,
        entity.MessageKey,
        entity.Severity,
        entity.Property,
        entity.Snippet,
        entity.Wcag.Length == 0 ? [] : entity.Wcag.Split(','),
        entity.ActRule,
        AuditArgumentsJson.Read(entity.Arguments));

    public static AuditRun ToRun(AuditRunEntity entity) => new()
    {
        Id = entity.Id,
        State = entity.State,
        Trigger = entity.Trigger,
        RequestedBy = entity.RequestedBy,
        RequestedAt = entity.RequestedAt,
        StartedAt = entity.StartedAt,
        FinishedAt = entity.FinishedAt,
        Owner = entity.Owner,
        HeartbeatAt = entity.HeartbeatAt,
        Resumed = entity.Resumed,
        Documents = entity.Documents,
        Total = entity.Total,
        Done = entity.Done,
        CulturesChecked = entity.CulturesChecked,
        Unreadable = entity.Unreadable,
        CurrentDocumentKey = entity.CurrentDocumentKey,
        CurrentDocumentName = entity.CurrentDocumentName,
        CancelRequested = entity.CancelRequested,
        Error = entity.Error,
    };

    // Progress only: the claim, the cancel request and the active slot are the store's to change.
    public static void ApplyProgress(AuditRun run, AuditRunEntity entity)
    {
        entity.State = run.State;
        entity.ActiveSlot = run.IsActive ? 1 : null;
        entity.FinishedAt = run.FinishedAt;
        entity.HeartbeatAt = run.HeartbeatAt;
        entity.Documents = run.Documents;
        entity.Total = run.Total;
        entity.Done = run.Done;
        entity.CulturesChecked = run.CulturesChecked;
        entity.Unreadable = run.Unreadable;
        entity.CurrentDocumentKey = run.CurrentDocumentKey;
        entity.CurrentDocumentName = run.CurrentDocumentName is null ? null : Limit(run.CurrentDocumentName, ColumnLengths.DocumentName);
        entity.Error = run.Error;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
