using CarePages.Core.Checks;
using CarePages.Core.Documents;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Documents;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Security;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// The publish gate: checks each culture being published of each CarePages document and cancels the publish when
/// any finding blocks, telling the editor which culture, property and fix. Cultures not being published are not checked.
/// </summary>
public sealed class ContentPublishingChecksNotificationHandler : INotificationHandler<ContentPublishingNotification>
{
    private readonly CheckEngine _engine;
    private readonly IOptionsMonitor<CarePagesOptions> _options;
    private readonly IDefaultCultureAccessor _defaultCulture;
    private readonly IBackOfficeSecurityAccessor _security;

    /// <summary>Creates the handler.</summary>
    public ContentPublishingChecksNotificationHandler(CheckEngine engine, IOptionsMonitor<CarePagesOptions> options, IDefaultCultureAccessor defaultCulture, IBackOfficeSecurityAccessor security)
    {
        _engine = engine;
        _options = options;
        _defaultCulture = defaultCulture;
        _security = security;
    }

    /// <inheritdoc />
    public void Handle(ContentPublishingNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var options = _options.CurrentValue;
        if (!options.PublishGate.Enabled)
        {
            return;
        }

        // Scheduled publishing has no user: messages then go to the log in the site's default language.
        var uiCulture = _security.BackOfficeSecurity?.CurrentUser?.Language ?? _defaultCulture.DefaultCulture;
        var sourceCulture = options.SourceCultureOr(_defaultCulture);
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

        PublishGateMessages.Apply(notification, checks, uiCulture, options.PublishGate);
    }

    // An invariant document publishes as a whole, so it is checked once, in the default culture.
    private IEnumerable<string> CulturesBeingPublished(ContentPublishingNotification notification, IContent content) =>
        content.ContentType.VariesByCulture()
            ? content.AvailableCultures.Where(culture => notification.IsPublishingCulture(content, culture)).Order(StringComparer.Ordinal)
            : [_defaultCulture.DefaultCulture];
}
