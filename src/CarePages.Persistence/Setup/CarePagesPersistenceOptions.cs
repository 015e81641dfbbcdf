namespace CarePages.Persistence.Setup;

/// <summary>Where the package's tables are (configuration section <c>CarePages:Persistence</c> in a site).</summary>
public sealed class CarePagesPersistenceOptions
{
    /// <summary>The configuration section a site sets these in.</summary>
    public const string SectionName = "CarePages:Persistence";

    /// <summary>
    /// The database engine. Default: null, which is an error; in an Umbraco site it is taken from
    /// <c>ConnectionStrings:umbracoDbDSN_ProviderName</c> unless set.
    /// </summary>
    public CarePagesDatabaseProvider? Provider { get; set; }

    /// <summary>
    /// The connection string. Default: null, which is an error; in an Umbraco site it is
    /// <c>ConnectionStrings:umbracoDbDSN</c> (the tables share Umbraco's database) unless set.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The setting <see cref="Provider"/> came from, named in error messages so that an administrator knows what to
    /// fix. Default: <c>CarePages:Persistence:Provider</c>.
    /// </summary>
    public string ProviderSetting { get; set; } = SectionName + ":Provider";

    /// <summary>
    /// The setting <see cref="ConnectionString"/> came from, named in error messages. Default:
    /// <c>CarePages:Persistence:ConnectionString</c>.
    /// </summary>
    public string ConnectionStringSetting { get; set; } = SectionName + ":ConnectionString";
}
