namespace CarePages.Demo;

/// <summary>Settings of the demo clinic, bound from the <c>CarePagesDemo</c> configuration section.</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "CarePagesDemo";

    /// <summary>The URL the demo listens on when nothing else is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The SQLite file, absolute or relative to the content root. Created and seeded on first start.</summary>
    public string DatabasePath { get; set; } = "App_Data/carepages-demo.db";

    /// <summary>
    /// Whether a fresh seed records the sample's Spanish and Arabic pages as translations approved by the sample's
    /// reviewer (the default, as a site importing the sample gets them); false starts them untranslated.
    /// </summary>
    public bool ApproveSampleTranslations { get; set; } = true;

    /// <summary>
    /// Languages the site has besides the sample's and its users' (e.g. <c>de-DE</c>, <c>pl-PL</c> for the benchmarks'
    /// generated six-language site): the culture catalogue lists them after the others, and the reviewers may work on them.
    /// Empty by default.
    /// </summary>
    public IList<string> AdditionalCultures { get; } = [];
}
