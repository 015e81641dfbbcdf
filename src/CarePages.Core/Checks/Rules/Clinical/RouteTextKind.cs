namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>How a patient-facing text relates to its page's route of administration.</summary>
internal enum RouteTextKind
{
    /// <summary>The text describes another route: it names that route clearly more often than its own.</summary>
    Mismatch,

    /// <summary>The text names another route about as often as its own, or only once: worth a look, not proof.</summary>
    Mixed,
}
