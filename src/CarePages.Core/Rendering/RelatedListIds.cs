namespace CarePages.Core.Rendering;

/// <summary>The ids of the related-page lists (<see cref="RelatedLinksViewModel.Id"/>), also used as heading anchors.</summary>
public static class RelatedListIds
{
    /// <summary>A treatment's routes (its child pages).</summary>
    public const string Routes = "routes";

    /// <summary>The conditions a treatment or route treats.</summary>
    public const string Conditions = "conditions";

    /// <summary>A route's sibling routes.</summary>
    public const string OtherRoutes = "other-routes";

    /// <summary>The treatments offered for a condition.</summary>
    public const string TreatmentOptions = "treatment-options";
}
