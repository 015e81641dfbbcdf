namespace CarePages.Umbraco.Rendering;

/// <summary>The patient pages' stylesheet, served from the package's static web assets.</summary>
public static class PatientStylesheet
{
    /// <summary>
    /// Under the package's own App_Plugins folder, so it cannot collide with a site's <c>/css/</c> files. Not in
    /// <c>App_Plugins/CarePages/</c>, which the backoffice client's build empties and rewrites.
    /// </summary>
    public const string Url = "/App_Plugins/CarePages.Patient/carepages.css";
}
