using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Harness;

/// <summary>What a harness starts with; the defaults are a single-server development site with CarePages added.</summary>
public sealed class HarnessSettings
{
    /// <summary>Creates the default settings.</summary>
    public HarnessSettings()
    {
        Configuration["ConnectionStrings:umbracoDbDSN"] = $"Data Source={DatabaseFile}";
    }

    /// <summary>Configuration keys, as appsettings.json would give them (e.g. <c>CarePages:Install:SampleContent</c>).</summary>
    public Dictionary<string, string?> Configuration { get; } = new()
    {
        ["Umbraco:CMS:Runtime:Mode"] = "Development",
        ["Umbraco:CMS:Global:DisableElectionForSingleServer"] = "true",
        ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
    };

    /// <summary>
    /// The SQLite file standing in for the site's database, where the package's own EF Core tables go (Umbraco's own
    /// tables are the harness's in-memory ones); deleted when the harness stops.
    /// </summary>
    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), $"carepages-harness-{Guid.NewGuid():N}.db");

    /// <summary>The site's default language, created as Umbraco's installer creates en-US (default en-GB).</summary>
    public string DefaultLanguage { get; set; } = "en-GB";

    /// <summary>Whether to call <c>AddCarePages()</c> (default true).</summary>
    public bool AddCarePages { get; set; } = true;

    /// <summary>The server role the site reports.</summary>
    public ServerRole ServerRole { get; set; } = ServerRole.Single;

    /// <summary>Where loggers write; none by default.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>Runs after CarePages is added and before the container is built (a site's own composer).</summary>
    public Action<IUmbracoBuilder>? ConfigureBuilder { get; set; }
}
