using System.Reflection;
using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// How each <see cref="ReviewStep"/> is spelled in the API's route and the backoffice client: its JSON name
/// (<c>no-retranslation</c>), exactly, in lower case. No other spelling names a step.
/// </summary>
public static class ReviewStepSpellings
{
    private static readonly IReadOnlyDictionary<string, ReviewStep> Steps = Enum.GetValues<ReviewStep>()
        .ToDictionary(SpellingOf, step => step, StringComparer.Ordinal);

    /// <summary>Every spelling, in the order of <see cref="ReviewStep"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<ReviewStep>().Select(SpellingOf).ToArray();

    /// <summary>The step <paramref name="spelling"/> names, or null when it names none (<c>Approve</c>, <c>NoRetranslation</c>).</summary>
    public static ReviewStep? Parse(string? spelling) =>
        spelling is not null && Steps.TryGetValue(spelling, out var step) ? step : null;

    private static string SpellingOf(ReviewStep step) =>
        typeof(ReviewStep).GetField(step.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
}
