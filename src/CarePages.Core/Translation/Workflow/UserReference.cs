namespace CarePages.Core.Translation.Workflow;

/// <summary>Who did something, as recorded in states and the audit trail.</summary>
/// <param name="UserKey">The user's stable key (an Umbraco user key in a site).</param>
/// <param name="DisplayName">The name shown to people reading the trail.</param>
public sealed record UserReference(string UserKey, string DisplayName);
