namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// How the review steps are spelled in the route: exactly these, in lower case. The spelling is compared ordinally, as
/// the API's description documents it (a pattern, which is case-sensitive), so <c>Approve</c> is no step at all.
/// </summary>
internal static class ReviewStepRoute
{
    /// <summary>The route constraint's name (<c>{step:reviewStep}</c>).</summary>
    public const string ConstraintName = "reviewStep";

    // In the order of ReviewStep.
    private static readonly string[] Spellings = ["submit", "approve", "edited", "no-retranslation"];

    /// <summary>The pattern every spelling matches, as the API's description shows it.</summary>
    public static string Pattern { get; } = $"^({string.Join('|', Spellings)})$";

    /// <summary>The step <paramref name="value"/> spells, or null when it spells none.</summary>
    public static ReviewStep? Parse(string? value) => Array.IndexOf(Spellings, value) is var index and >= 0 ? (ReviewStep)index : null;
}
