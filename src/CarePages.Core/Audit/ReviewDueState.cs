using System.Text.Json.Serialization;

namespace CarePages.Core.Audit;

/// <summary>Where a page's next clinical review stands today.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewDueState>))]
public enum ReviewDueState
{
    /// <summary>Due later than the warning window.</summary>
    Planned = 0,

    /// <summary>Due within the <c>review-due-soon</c> window.</summary>
    DueSoon = 1,

    /// <summary>The due date has passed.</summary>
    Overdue = 2,
}
