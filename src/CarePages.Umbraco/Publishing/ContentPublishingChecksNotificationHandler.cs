using CarePages.Core.Checks;
using CarePages.Core.Documents;
using CarePages.Umbraco.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// The publish gate: checks each culture being published of each CarePages document and cancels the publish when
/// any finding blocks, telling the editor which culture, property and fix. Cultures not being published are not checked.
/// </summary>
public sealed class ContentPublishingChecksNotificationHandler : INotificationHandler<ContentPublishingNotification>
{
    private readonly CheckEngine _engine;
    private readonly PublishGateContext _gate;

    /// <summary>Creates the handler.</summary>
    public ContentPublishingChecksNotificationHandler(CheckEngine engine, PublishGateContext gate)
    {
        _engine = engine;
        _gate = gate;
    }

    /// <inheritdoc />
    public void Handle(ContentPublishingNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var options = _gate.Options;
        if (!options.Enabled)
        {
            return;
        }

        var uiCulture = _gate.UiCulture;
        var sourceCulture = _gate.SourceCulture;
        var checks = new List<CulturePublishCheck>();
        foreach (var content in notification.PublishedEntities)
        {
            foreach (var culture in CulturesBeingPublished(notification, content))
            {
                CheckReport? report;
                try
                {
                    report = _engine.CheckCulture(c => ContentDocumentReader.Read(content, c), culture, sourceCulture, uiCulture);
                }
                catch (DocumentShapeException exception)
                {
                    // A value the checks cannot read must not slip through unchecked, nor surface as a server error.
                    var message = PublishGateText.Get(PublishGateText.Unreadable, uiCulture, ("document", content.Name ?? string.Empty), ("culture", culture), ("error", exception.Message));
                    notification.CancelOperation(new EventMessage(PublishGateText.Get(PublishGateText.Category, uiCulture), message, EventMessageType.Error));
                    continue;
                }

                if (report is not null)
                {
                    checks.Add(new CulturePublishCheck(content.Name ?? content.GetCultureName(culture) ?? string.Empty, culture, report));
                }
            }
        }

        PublishGateMessages.Apply(notification, checks, uiCulture, options);
    }

    // An invariant document publishes as a whole, so it is checked once, in the default culture.
    private IEnumerable<string> CulturesBeingPublished(ContentPublishingNotification notification, IContent content) =>
        content.ContentType.VariesByCulture()
            ? content.AvailableCultures.Where(culture => notification.IsPublishingCulture(content, culture)).Order(StringComparer.Ordinal)
            : [_gate.DefaultCulture];
}
