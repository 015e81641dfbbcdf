namespace CarePages.Core.Rendering;

/// <summary>Which body a page renders: one per CarePages document type.</summary>
public enum PageKind
{
    /// <summary>A treatment protocol with its routes underneath.</summary>
    TreatmentOverview,

    /// <summary>One way of giving a medication.</summary>
    TreatmentRoute,

    /// <summary>A condition patients are treated for.</summary>
    Condition,
}
