using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>The import report line of one trans-unit.</summary>
/// <param name="DocumentKey">The document the unit belongs to.</param>
/// <param name="UnitId">The trans-unit id.</param>
/// <param name="Outcome">Accepted or rejected.</param>
/// <param name="Problems">Why it was rejected, each problem naming the unit and any inline code; empty when accepted.</param>
public sealed record XliffUnitReport(Guid DocumentKey, string UnitId, XliffUnitOutcome Outcome, IReadOnlyList<ExchangeNote>? Problems = null)
{
    /// <summary>Why it was rejected, in English (the problems joined by a space); null when accepted.</summary>
    public string? Reason => Problems is { Count: > 0 } problems ? string.Join(' ', problems.Select(p => p.English)) : null;

    /// <summary>The problems as one note for a report line: the problem itself, or the count and each problem in the reader's language.</summary>
    public ExchangeNote? ReasonNote => Problems switch
    {
        null or { Count: 0 } => null,
        { Count: 1 } problems => problems[0],
        var problems => ExchangeNote.Counted(XliffMessages.UnitProblems, problems.Count, ("problems", new NestedNotes(problems))),
    };
}
