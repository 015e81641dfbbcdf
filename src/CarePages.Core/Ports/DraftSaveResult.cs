namespace CarePages.Core.Ports;

/// <summary>A saved draft, with the values the store saved but flagged as invalid.</summary>
/// <param name="ValidationIssues">Empty when every value passed the store's validation.</param>
public sealed record DraftSaveResult(IReadOnlyList<DraftValidationIssue> ValidationIssues)
{
    /// <summary>Saved, with nothing flagged.</summary>
    public static DraftSaveResult Saved { get; } = new([]);
}
