using CarePages.Core.Schema;
using CarePages.Core.Translation.Workflow;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Security;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Translation;

/// <summary>Writes every published culture of a CarePages document to its translation audit trail, with who published it.</summary>
public sealed class ContentPublishedTranslationNotificationHandler : INotificationAsyncHandler<ContentPublishedNotification>
{
    private readonly TranslationWorkflowService _workflow;
    private readonly IBackOfficeSecurityAccessor _security;
    private readonly IDefaultCultureAccessor _defaultCulture;

    /// <summary>Creates the handler.</summary>
    public ContentPublishedTranslationNotificationHandler(TranslationWorkflowService workflow, IBackOfficeSecurityAccessor security, IDefaultCultureAccessor defaultCulture)
    {
        _workflow = workflow;
        _security = security;
        _defaultCulture = defaultCulture;
    }

    /// <inheritdoc />
    public async Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var by = UmbracoTranslationActors.ReferenceOf(_security.BackOfficeSecurity?.CurrentUser);
        foreach (var content in notification.PublishedEntities.Where(c => CarePagesSchema.FindContentType(c.ContentType.Alias) is not null))
        {
            IEnumerable<string> cultures = !content.ContentType.VariesByCulture() ? [_defaultCulture.DefaultCulture]
                : notification.PublishedCultures?.TryGetValue(content.Key, out var published) == true ? published
                : content.PublishedCultures;
            foreach (var culture in cultures.Order(StringComparer.Ordinal))
            {
                await _workflow.RecordPublishedAsync(content.Key, culture, by, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
