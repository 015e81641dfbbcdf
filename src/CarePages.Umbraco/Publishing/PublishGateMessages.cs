using System.Globalization;
using CarePages.Core.Checks;
using CarePages.Umbraco.Configuration;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// Turns check reports into what the editor sees: with any <c>block</c> finding the publish is cancelled with a summary
/// per culture and one error message per finding; <c>warn</c> findings become warning messages. At most
/// <see cref="CarePagesPublishGateOptions.MaxMessages"/> findings are listed, then one line says how many more there are.
/// </summary>
internal static class PublishGateMessages
{
    public static void Apply(ContentPublishingNotification notification, IReadOnlyList<CulturePublishCheck> checks, string uiCulture, CarePagesPublishGateOptions options)
    {
        var category = PublishGateText.Get(PublishGateText.Category, uiCulture);
        var blocked = checks.Where(c => c.Report.HasBlockers).ToList();
        foreach (var check in blocked)
        {
            var summary = PublishGateText.Get(PublishGateText.Blocked, uiCulture, ("document", check.DocumentName), ("culture", check.Culture), ("count", Count(check, FindingSeverity.Block)));
            notification.CancelOperation(new EventMessage(category, summary, EventMessageType.Error));
        }

        var warned = options.ReportWarnings ? checks.Where(c => !c.Report.HasBlockers && c.Report.WithSeverity(FindingSeverity.Warn).Any()).ToList() : [];
        foreach (var check in warned)
        {
            var summary = PublishGateText.Get(PublishGateText.Warnings, uiCulture, ("document", check.DocumentName), ("culture", check.Culture), ("count", Count(check, FindingSeverity.Warn)));
            notification.Messages.Add(new EventMessage(category, summary, EventMessageType.Warning));
        }

        var listed = blocked.SelectMany(c => c.Report.WithSeverity(FindingSeverity.Block))
            .Concat(options.ReportWarnings ? checks.SelectMany(c => c.Report.WithSeverity(FindingSeverity.Warn)) : [])
            .ToList();
        var lines = listed.Select(f => new EventMessage(category, Line(f, uiCulture), f.Severity == FindingSeverity.Block ? EventMessageType.Error : EventMessageType.Warning)).ToList();
        AddCapped(notification, lines, category, uiCulture, options.MaxMessages, blocked.Count > 0 ? EventMessageType.Error : EventMessageType.Warning);
    }

    /// <summary>Adds the first <paramref name="maxMessages"/> of <paramref name="lines"/>, then one line saying how many more there are.</summary>
    public static void AddCapped(ContentPublishingNotification notification, IReadOnlyList<EventMessage> lines, string category, string uiCulture, int maxMessages, EventMessageType moreType)
    {
        foreach (var line in lines.Take(maxMessages))
        {
            notification.Messages.Add(line);
        }

        if (lines.Count > maxMessages)
        {
            var more = PublishGateText.Get(PublishGateText.More, uiCulture, ("count", (lines.Count - maxMessages).ToString(CultureInfo.InvariantCulture)));
            notification.Messages.Add(new EventMessage(category, more, moreType));
        }
    }

    private static string Line(Finding finding, string uiCulture) => PublishGateText.Get(
        PublishGateText.Finding,
        uiCulture,
        ("culture", finding.Culture),
        ("property", finding.Property ?? PublishGateText.Get(PublishGateText.WholePage, uiCulture)),
        ("message", finding.Message),
        ("hint", finding.Hint));

    private static string Count(CulturePublishCheck check, FindingSeverity severity) =>
        check.Report.WithSeverity(severity).Count().ToString(CultureInfo.InvariantCulture);
}
