namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>The built-in clinical rules.</summary>
public static class ClinicalRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new RouteMissingRule(),
            new MedicationMissingRule(),
            new SideEffectsMissingRule(),
            new RouteTextMismatchRule(),
            new RouteTextMixedRule(),
            new BookingPhoneMissingRule(),
            new BookingTelLinkInvalidRule(),
            new BookingTextCutOffRule(),
            new BookingCallToActionMissingRule(),
            new ReviewMissingRule(),
            new ReviewOverdueRule(),
            new ReviewDueSoonRule(),
        ];
}
