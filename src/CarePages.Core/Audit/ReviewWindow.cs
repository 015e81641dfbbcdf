using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;

namespace CarePages.Core.Audit;

/// <summary>
/// How many days before a page's next review date editors are warned: the <c>warnDays</c> of the <c>review-due-soon</c>
/// rule under the site's settings for the page's document type (0 when the rule is off or not registered).
/// </summary>
public sealed class ReviewWindow
{
    /// <summary>The id of the rule whose window this is.</summary>
    public const string RuleId = "review-due-soon";

    private readonly CheckRuleDescriptor? _rule;
    private readonly CheckSettingsResolver _settings;

    /// <summary>The window of <paramref name="engine"/>'s rules and settings.</summary>
    public ReviewWindow(CheckEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _rule = engine.Rules.Find(RuleId)?.Descriptor;
        _settings = new CheckSettingsResolver(engine.Options);
    }

    /// <summary>The warning window in days for pages of <paramref name="contentTypeAlias"/>.</summary>
    public int DaysFor(string? contentTypeAlias) =>
        _rule is null || _settings.Resolve(_rule, contentTypeAlias) is not { Enabled: true } settings ? 0 : settings.Parameters.GetInt("warnDays");

    /// <summary>Where a review due on <paramref name="due"/> stands on <paramref name="today"/> for pages of <paramref name="contentTypeAlias"/>.</summary>
    public ReviewDueState StateOf(DateOnly due, DateOnly today, string? contentTypeAlias) =>
        due < today ? ReviewDueState.Overdue
        : due.DayNumber - today.DayNumber <= DaysFor(contentTypeAlias) ? ReviewDueState.DueSoon
        : ReviewDueState.Planned;

    /// <summary>
    /// The first day after <paramref name="today"/> on which the review checks may answer differently for a page reviewed
    /// on <paramref name="reviewedOn"/> and next due on <paramref name="due"/>: the review date stops being in the future,
    /// the due date enters the warning window, or it passes. Null when no such day is coming.
    /// </summary>
    public DateOnly? NextChange(DateOnly? reviewedOn, DateOnly? due, DateOnly today, string? contentTypeAlias)
    {
        DateOnly?[] changes =
        [
            reviewedOn,
            due?.AddDays(-DaysFor(contentTypeAlias)),
            due?.AddDays(1),
        ];
        return changes.Where(d => d > today).Min();
    }
}
