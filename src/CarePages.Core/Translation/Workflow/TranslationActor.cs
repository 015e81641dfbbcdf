namespace CarePages.Core.Translation.Workflow;

/// <summary>A user working on translations: which cultures they may work on, and whether they may approve.</summary>
/// <param name="UserKey">The user's stable key.</param>
/// <param name="DisplayName">The user's name.</param>
/// <param name="Cultures">The cultures the user may export, import, edit and (as a reviewer) approve.</param>
/// <param name="CanReview">True when the user may approve translations of other people.</param>
public sealed record TranslationActor(string UserKey, string DisplayName, IReadOnlyCollection<string> Cultures, bool CanReview = false)
{
    /// <summary>The user as recorded in states and the audit trail.</summary>
    public UserReference Reference => new(UserKey, DisplayName);

    /// <summary>True when the user may work on <paramref name="culture"/> (compared case-insensitively).</summary>
    public bool MayWorkOn(string culture) => Cultures.Any(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}
