namespace CarePages.Umbraco.Translation.Api;

/// <summary>The fields a review action applies to; none means every translatable field of the document.</summary>
/// <param name="Fields">Field paths, e.g. <c>howItWorks</c> or <c>benefits[…].title</c>.</param>
public sealed record ReviewRequest(IReadOnlyList<string>? Fields);
