namespace CarePages.Core.Ports;

/// <summary>The outcome of a draft save: saved (with the values the store flagged as invalid), or why not.</summary>
/// <param name="Status">Whether the draft was saved.</param>
/// <param name="Version">The <see cref="DraftVersion"/> of the draft as saved; null when nothing was saved.</param>
/// <param name="ValidationIssues">Values saved although the store flags them as invalid; empty when every value passed.</param>
public sealed record DraftSaveResult(DraftSaveStatus Status, string? Version, IReadOnlyList<DraftValidationIssue> ValidationIssues)
{
    /// <summary>True when the draft was saved.</summary>
    public bool IsSaved => Status == DraftSaveStatus.Saved;

    /// <summary>The draft was saved and is now at <paramref name="version"/>.</summary>
    public static DraftSaveResult Saved(string version, IReadOnlyList<DraftValidationIssue>? validationIssues = null) =>
        new(DraftSaveStatus.Saved, version, validationIssues ?? []);

    /// <summary>Nothing was saved because the draft changed after it was read.</summary>
    public static DraftSaveResult Conflict { get; } = new(DraftSaveStatus.Conflict, null, []);

    /// <summary>Nothing was saved because the document no longer exists.</summary>
    public static DraftSaveResult NotFound { get; } = new(DraftSaveStatus.NotFound, null, []);
}
