using CarePages.Persistence.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Persistence;

/// <summary>
/// Works out where the package's tables are in an Umbraco site: <c>CarePages:Persistence</c> when set, otherwise
/// Umbraco's database from <c>ConnectionStrings:umbracoDbDSN</c> and <c>ConnectionStrings:umbracoDbDSN_ProviderName</c>.
/// </summary>
public static class UmbracoPersistenceOptions
{
    /// <summary>The <c>CarePages:Persistence</c> section.</summary>
    public const string SectionName = CarePagesPersistenceOptions.SectionName;

    private const string UmbracoConnectionStringSetting = "ConnectionStrings:" + Constants.System.UmbracoConnectionName;
    private const string UmbracoProviderNameSetting = UmbracoConnectionStringSetting + ConnectionStrings.ProviderNamePostfix;

    /// <summary>The options for the site's current configuration.</summary>
    public static CarePagesPersistenceOptions Create(IServiceProvider services) =>
        Create(services.GetRequiredService<IConfiguration>());

    /// <summary>The options for <paramref name="configuration"/>; what is missing is left null for the migrator to report.</summary>
    public static CarePagesPersistenceOptions Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(SectionName).Get<CarePagesPersistenceSettings>() ?? new CarePagesPersistenceSettings();
        var umbracoConnectionString = configuration.GetUmbracoConnectionString(out var umbracoProviderName);
        var ownConnectionString = !string.IsNullOrWhiteSpace(settings.ConnectionString);
        var options = new CarePagesPersistenceOptions
        {
            ConnectionString = ownConnectionString ? settings.ConnectionString : umbracoConnectionString,
            ConnectionStringSetting = ownConnectionString
                ? SectionName + ":ConnectionString"
                : $"{UmbracoConnectionStringSetting} (or {SectionName}:ConnectionString)",
            Provider = settings.Provider ?? ProviderFor(umbracoProviderName),
        };
        if (settings.Provider is null)
        {
            options.ProviderSetting = string.IsNullOrWhiteSpace(umbracoProviderName)
                ? $"{SectionName}:Provider (or {UmbracoProviderNameSetting})"
                : $"{SectionName}:Provider ({UmbracoProviderNameSetting} is \"{umbracoProviderName}\", which CarePages cannot use)";
        }

        return options;
    }

    /// <summary>
    /// The provider for an Umbraco provider name: SQLite for <c>Microsoft.Data.Sqlite</c>, SQL Server for
    /// <c>Microsoft.Data.SqlClient</c> (also Umbraco's default when a connection string has no provider name).
    /// </summary>
    public static CarePagesDatabaseProvider? ProviderFor(string? umbracoProviderName)
    {
        if (string.IsNullOrWhiteSpace(umbracoProviderName))
        {
            umbracoProviderName = ConnectionStrings.DefaultProviderName;
        }

        if (umbracoProviderName.Equals("Microsoft.Data.Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return CarePagesDatabaseProvider.Sqlite;
        }

        if (umbracoProviderName.Equals("Microsoft.Data.SqlClient", StringComparison.OrdinalIgnoreCase)
            || umbracoProviderName.Equals("System.Data.SqlClient", StringComparison.OrdinalIgnoreCase))
        {
            return CarePagesDatabaseProvider.SqlServer;
        }

        return null;
    }
}
