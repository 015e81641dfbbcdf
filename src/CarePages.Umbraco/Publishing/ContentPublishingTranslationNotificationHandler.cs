using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Publishing;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// The translation side of the publish gate: a culture other than the source culture of a clinical document
/// (treatment overview, treatment route, condition) is published only when every translatable field is approved and
/// not outdated. The editor is told which fields stop it and why. Where a site turned that requirement (or the gate)
/// off, a field whose machine draft has not been approved still stops it: no setting lets unreviewed machine
/// translation of clinical content reach patients.
/// </summary>
public sealed class ContentPublishingTranslationNotificationHandler : INotificationAsyncHandler<ContentPublishingNotification>
{
    private readonly TranslationWorkflowService _workflow;
    private readonly PublishGateContext _gate;

    /// <summary>Creates the handler.</summary>
    public ContentPublishingTranslationNotificationHandler(TranslationWorkflowService workflow, PublishGateContext gate)
    {
        _workflow = workflow;
        _gate = gate;
    }

    /// <inheritdoc />
    public async Task HandleAsync(ContentPublishingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var options = _gate.Options;
        var requireApproval = options.Enabled && options.RequireApprovedTranslations;
        var uiCulture = _gate.UiCulture;
        var sourceCulture = _gate.SourceCulture;
        foreach (var content in notification.PublishedEntities.Where(c => ClinicalDocumentTypes.Contains(c.ContentType.Alias) && c.ContentType.VariesByCulture()))
        {
            var translated = content.AvailableCultures
                .Where(c => !string.Equals(c, sourceCulture, StringComparison.OrdinalIgnoreCase) && notification.IsPublishingCulture(content, c))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (translated.Length == 0 || SourceUnits(content, sourceCulture) is not { Count: > 0 } units)
            {
                continue;
            }

            foreach (var culture in translated)
            {
                var blockers = requireApproval
                    ? await _workflow.GetPublishBlockersAsync(units, culture, cancellationToken).ConfigureAwait(false)
                    : await _workflow.GetMachineDraftBlockersAsync(units, culture, cancellationToken).ConfigureAwait(false);
                if (blockers.Count > 0)
                {
                    Cancel(notification, content, culture, blockers, uiCulture, options.MaxMessages);
                }
            }
        }
    }

    private static IReadOnlyList<TranslatableUnit>? SourceUnits(IContent content, string sourceCulture)
    {
        try
        {
            return ContentDocumentReader.Read(content, sourceCulture) is { } source ? TranslatableUnits.Of(source) : null;
        }
        catch (DocumentShapeException)
        {
            // The content checks' gate already stops an unreadable document with the field named.
            return null;
        }
    }

    private static void Cancel(ContentPublishingNotification notification, IContent content, string culture, IReadOnlyList<PublishBlocker> blockers, string uiCulture, int maxMessages)
    {
        var category = PublishGateText.Get(PublishGateText.TranslationCategory, uiCulture);
        notification.CancelOperation(new EventMessage(category, PublishGateText.Get(PublishGateText.TranslationBlocked, uiCulture,
            ("document", content.Name ?? content.Key.ToString()), ("culture", culture), ("count", blockers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))), EventMessageType.Error));
        var lines = blockers.Select(blocker => new EventMessage(category, PublishGateText.Get(PublishGateText.TranslationField, uiCulture,
            ("culture", culture), ("property", blocker.Path.Value), ("name", blocker.Name), ("status", PublishGateText.StatusName(blocker.Status, uiCulture))), EventMessageType.Error)).ToList();
        PublishGateMessages.AddCapped(notification, lines, category, uiCulture, maxMessages, EventMessageType.Error);
    }
}
