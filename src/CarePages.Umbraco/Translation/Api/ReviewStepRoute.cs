using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// The review route's step constraint. The spellings are <see cref="ReviewStepSpellings"/>, compared ordinally, as the
/// API's description documents them (a pattern, which is case-sensitive), so <c>Approve</c> is no step at all.
/// </summary>
internal static class ReviewStepRoute
{
    /// <summary>The route constraint's name (<c>{step:reviewStep}</c>).</summary>
    public const string ConstraintName = "reviewStep";

    /// <summary>The pattern every spelling matches, as the API's description shows it.</summary>
    public static string Pattern { get; } = $"^({string.Join('|', ReviewStepSpellings.All)})$";
}
