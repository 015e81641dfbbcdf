using CarePages.Core.Documents;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Security;

namespace CarePages.Umbraco.Translation;

/// <summary>
/// When the source culture of a CarePages document is saved, marks the translations whose source field changed as
/// outdated (keeping the old and new source for the diff), and current again when the change was undone.
/// </summary>
public sealed partial class ContentSavedTranslationNotificationHandler : INotificationAsyncHandler<ContentSavedNotification>
{
    private readonly TranslationWorkflowService _workflow;
    private readonly IOptionsMonitor<CarePagesOptions> _options;
    private readonly IDefaultCultureAccessor _defaultCulture;
    private readonly IBackOfficeSecurityAccessor _security;
    private readonly ILogger<ContentSavedTranslationNotificationHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public ContentSavedTranslationNotificationHandler(TranslationWorkflowService workflow, IOptionsMonitor<CarePagesOptions> options, IDefaultCultureAccessor defaultCulture, IBackOfficeSecurityAccessor security, ILogger<ContentSavedTranslationNotificationHandler> logger)
    {
        _logger = logger;
        _workflow = workflow;
        _options = options;
        _defaultCulture = defaultCulture;
        _security = security;
    }

    /// <inheritdoc />
    public async Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var sourceCulture = _options.CurrentValue.SourceCultureOr(_defaultCulture);
        var by = UmbracoTranslationActors.ReferenceOf(_security.BackOfficeSecurity?.CurrentUser);
        var actor = new TranslationActor(by.UserKey, by.DisplayName, []);
        foreach (var content in notification.SavedEntities)
        {
            var savedSource = notification.SavedCultures?.TryGetValue(content.Key, out var saved) != true
                || saved!.Contains(sourceCulture, StringComparer.OrdinalIgnoreCase);
            if (!savedSource)
            {
                continue;
            }

            IReadOnlyList<TranslatableUnit> units;
            try
            {
                units = ContentDocumentReader.Read(content, sourceCulture) is { } source ? TranslatableUnits.Of(source) : [];
            }
            catch (DocumentShapeException)
            {
                continue;
            }

            try
            {
                await _workflow.RecordSourceChangesAsync(units, actor, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The save is committed before this runs: failing here would tell the editor it failed.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                SourceChangeNotRecorded(_logger, content.Key, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Document {DocumentKey} was saved, but CarePages could not mark its translations outdated; publishing still checks every translation against the current source, and the next save of the source records the change.")]
    private static partial void SourceChangeNotRecorded(ILogger logger, Guid documentKey, Exception exception);
}
