namespace CarePages.Core.Rendering;

/// <summary>The "at a glance" facts of a treatment route.</summary>
public sealed record TreatmentFactsViewModel
{
    /// <summary>The medication's international non-proprietary name in the page's language.</summary>
    public string? Medication { get; init; }

    /// <summary>How the medication is given.</summary>
    public RouteOfAdministrationViewModel? Route { get; init; }

    /// <summary>Where it is given, in the page's language.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Who gives it.</summary>
    public string? AdministeredBy { get; init; }

    /// <summary>How soon patients usually feel an effect.</summary>
    public string? TypicalOnset { get; init; }

    /// <summary>True when no fact is recorded, so the "at a glance" box is left out.</summary>
    public bool IsEmpty => Medication is null && Route is null && Places.Count == 0 && AdministeredBy is null && TypicalOnset is null;
}
