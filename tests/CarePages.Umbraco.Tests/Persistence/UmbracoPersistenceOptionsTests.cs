using CarePages.Persistence.Setup;
using CarePages.Umbraco.Persistence;
using Microsoft.Extensions.Configuration;

namespace CarePages.Umbraco.Tests.Persistence;

/// <summary>Which database a site's settings send the translation tables to.</summary>
public sealed class UmbracoPersistenceOptionsTests
{
    [Theory]
    [InlineData("Microsoft.Data.Sqlite", CarePagesDatabaseProvider.Sqlite)]
    [InlineData("Microsoft.Data.SqlClient", CarePagesDatabaseProvider.SqlServer)]
    [InlineData(null, CarePagesDatabaseProvider.SqlServer)]
    public void Create_UmbracoConnectionOnly_UsesUmbracosDatabase(string? providerName, CarePagesDatabaseProvider expected)
    {
        var options = UmbracoPersistenceOptions.Create(Configuration(new()
        {
            ["ConnectionStrings:umbracoDbDSN"] = "Data Source=/var/umbraco/Umbraco.sqlite.db",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = providerName,
        }));

        Assert.Equal(expected, options.Provider);
        Assert.Equal("Data Source=/var/umbraco/Umbraco.sqlite.db", options.ConnectionString);
        Assert.StartsWith("ConnectionStrings:umbracoDbDSN", options.ConnectionStringSetting, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CarePagesPersistenceSet_OverridesUmbracosDatabase()
    {
        var options = UmbracoPersistenceOptions.Create(Configuration(new()
        {
            ["ConnectionStrings:umbracoDbDSN"] = "Server=umbraco;Database=Umbraco;Integrated Security=true",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.SqlClient",
            ["CarePages:Persistence:Provider"] = "Sqlite",
            ["CarePages:Persistence:ConnectionString"] = "Data Source=/var/carepages/translations.db",
        }));

        Assert.Equal(CarePagesDatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=/var/carepages/translations.db", options.ConnectionString);
        Assert.Equal("CarePages:Persistence:ConnectionString", options.ConnectionStringSetting);
    }

    [Fact]
    public async Task Create_ProviderUmbracoUsesButCarePagesCannot_MigratorNamesBothSettings()
    {
        var options = UmbracoPersistenceOptions.Create(Configuration(new()
        {
            ["ConnectionStrings:umbracoDbDSN"] = "Host=db;Database=umbraco",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Npgsql",
        }));

        var result = await new CarePagesDatabaseMigrator(options).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.ProviderMissing, result.Status);
        Assert.Contains("CarePages:Persistence:Provider", result.Message, StringComparison.Ordinal);
        Assert.Contains("\"Npgsql\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SiteNotInstalledYet_MigratorAsksForTheConnectionString()
    {
        var result = await new CarePagesDatabaseMigrator(UmbracoPersistenceOptions.Create(Configuration(new()))).MigrateAsync();

        Assert.Equal(CarePagesMigrationStatus.ConnectionStringMissing, result.Status);
        Assert.Contains("ConnectionStrings:umbracoDbDSN", result.Message, StringComparison.Ordinal);
    }

    internal static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
