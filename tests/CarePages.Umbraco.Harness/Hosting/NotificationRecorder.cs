using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CarePages.Umbraco.Harness.Hosting;

/// <summary>
/// Keeps the content notifications Umbraco's services publish, as the objects the handlers saw, so a test can read
/// what a gate said (its messages and whether it cancelled) after the service returned.
/// </summary>
public sealed class NotificationRecorder(HarnessSite site) :
    INotificationHandler<ContentPublishingNotification>,
    INotificationHandler<ContentPublishedNotification>,
    INotificationHandler<ContentSavedNotification>
{
    /// <inheritdoc />
    public void Handle(ContentPublishingNotification notification) => site.Notifications.Add(notification);

    /// <inheritdoc />
    public void Handle(ContentPublishedNotification notification) => site.Notifications.Add(notification);

    /// <inheritdoc />
    public void Handle(ContentSavedNotification notification) => site.Notifications.Add(notification);
}
