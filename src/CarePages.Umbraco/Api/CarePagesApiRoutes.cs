namespace CarePages.Umbraco.Api;

/// <summary>Where the package's HTTP API lives: the route of each resource, and the API explorer group of every endpoint.</summary>
public static class CarePagesApiRoutes
{
    /// <summary>The root every endpoint is under.</summary>
    public const string Root = "umbraco/care-pages/api/v1";

    /// <summary>The backoffice client's starting point.</summary>
    public const string Context = Root + "/context";

    /// <summary>The content checks of a draft.</summary>
    public const string Checks = Root + "/checks";

    /// <summary>The translation workflow: status, export, import, review, memory and glossary.</summary>
    public const string Translation = Root + "/translation";

    /// <summary>The whole-site audit: its runs, summary, findings, exports and review plan.</summary>
    public const string Audit = Root + "/audit";

    /// <summary>The API explorer group of every endpoint: the package's own OpenAPI document, never Umbraco's.</summary>
    public const string ApiGroup = "care-pages";
}
