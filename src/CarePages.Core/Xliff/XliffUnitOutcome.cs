namespace CarePages.Core.Xliff;

/// <summary>What happened to one trans-unit on import.</summary>
public enum XliffUnitOutcome
{
    /// <summary>The unit's target is usable.</summary>
    Accepted,

    /// <summary>The unit was refused (see the reason); its document is not applied.</summary>
    Rejected,
}
