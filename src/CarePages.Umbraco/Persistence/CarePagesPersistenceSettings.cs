using CarePages.Persistence.Setup;

namespace CarePages.Umbraco.Persistence;

/// <summary>
/// The <c>CarePages:Persistence</c> settings of a site. Both are optional: by default the package's tables live in
/// Umbraco's own database (<c>ConnectionStrings:umbracoDbDSN</c> and its <c>_ProviderName</c>).
/// </summary>
public sealed class CarePagesPersistenceSettings
{
    /// <summary>The database engine, when the tables live elsewhere than Umbraco's database. Default: Umbraco's.</summary>
    public CarePagesDatabaseProvider? Provider { get; set; }

    /// <summary>The connection string, when the tables live elsewhere than Umbraco's database. Default: Umbraco's.</summary>
    public string? ConnectionString { get; set; }
}
