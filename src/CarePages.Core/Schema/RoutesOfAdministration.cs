namespace CarePages.Core.Schema;

/// <summary>The controlled list of routes editors choose from.</summary>
public static class RoutesOfAdministration
{
    /// <summary>Sprayed into the nose.</summary>
    public static readonly RouteOfAdministration Intranasal = new("intranasal", "Nasal use", "20049000");

    /// <summary>Injected into a muscle.</summary>
    public static readonly RouteOfAdministration Intramuscular = new("intramuscular", "Intramuscular use", "20035000");

    /// <summary>Given into a vein.</summary>
    public static readonly RouteOfAdministration Intravenous = new("intravenous", "Intravenous use", "20045000");

    /// <summary>Taken by mouth.</summary>
    public static readonly RouteOfAdministration Oral = new("oral", "Oral use", "20053000");

    /// <summary>Injected under the skin.</summary>
    public static readonly RouteOfAdministration Subcutaneous = new("subcutaneous", "Subcutaneous use", "20066000");

    /// <summary>Every route, in the order editors see them.</summary>
    public static IReadOnlyList<RouteOfAdministration> All { get; } = [Intranasal, Intramuscular, Intravenous, Oral, Subcutaneous];

    /// <summary>Finds a route by its EDQM term (the stored value) or its code; null when unknown.</summary>
    public static RouteOfAdministration? Find(string? termOrCode) =>
        All.FirstOrDefault(r => string.Equals(r.EdqmTerm, termOrCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Code, termOrCode, StringComparison.OrdinalIgnoreCase));
}
