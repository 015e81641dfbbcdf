using System.Text.Json;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Setup;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.DependencyInjection;
using CarePages.Umbraco.Persistence;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CarePages.Umbraco.Tests.Persistence;

/// <summary>The translation tables made at start-up in a site's SQLite database file.</summary>
public sealed class CarePagesMigrationNotificationHandlerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabaseFile => _folder.PathOf("Umbraco.sqlite.db");

    [Fact]
    public async Task HandleAsync_SiteRunsOnSqlite_CreatesTheTablesAndTheStoresUseThem()
    {
        using var provider = BuildSite(SqliteSite());
        var logger = new CapturingLogger<CarePagesMigrationNotificationHandler>();

        await Handler(provider, logger).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false), CancellationToken.None);
        await provider.GetRequiredService<ITranslationStateStore>().SaveAsync([FieldTranslationState.Untranslated(Guid.NewGuid(), "es-ES", FieldPath.Of("pageTitle"))], []);

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("InitialCreate", StringComparison.Ordinal));
        Assert.Single(await provider.GetRequiredService<ITranslationStateStore>().GetAllAsync());
        Assert.Empty(await provider.GetRequiredService<ITranslationJobStore>().GetByDocumentAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task HandleAsync_SecondStart_AppliesNothingAndLogsNothing()
    {
        using var provider = BuildSite(SqliteSite());
        await Handler(provider).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false), CancellationToken.None);
        var logger = new CapturingLogger<CarePagesMigrationNotificationHandler>();

        await Handler(provider, logger).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, true), CancellationToken.None);

        Assert.Empty(logger.Entries);
    }

    [Theory]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.BootFailed)]
    public async Task HandleAsync_SiteNotRunning_LeavesTheDatabaseAlone(RuntimeLevel level)
    {
        using var provider = BuildSite(SqliteSite());

        await Handler(provider).HandleAsync(new UmbracoApplicationStartingNotification(level, false), CancellationToken.None);

        Assert.False(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task HandleAsync_DatabaseFolderMissing_LogsAnErrorNamingTheSettingAndLetsTheSiteStart()
    {
        var settings = SqliteSite();
        settings["ConnectionStrings:umbracoDbDSN"] = $"Data Source={_folder.PathOf("missing/Umbraco.sqlite.db")}";
        using var provider = BuildSite(settings);
        var logger = new CapturingLogger<CarePagesMigrationNotificationHandler>();

        await Handler(provider, logger).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false), CancellationToken.None);

        var error = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains("ConnectionStrings:umbracoDbDSN", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CarePagesMigrationStatus.DatabaseUnreachable), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ConnectionStringWrittenByTheInstallerAfterAnInstallLevelStart_MigratesAndTheStoresWorkInTheSameContainer()
    {
        var settingsFile = _folder.PathOf("appsettings.json");
        File.WriteAllText(settingsFile, "{}");
        var configuration = new ConfigurationBuilder().AddJsonFile(settingsFile, optional: false, reloadOnChange: false).Build();
        using var provider = Builder(configuration).AddCarePagesPersistence().Services.BuildServiceProvider();
        var states = provider.GetRequiredService<ITranslationStateStore>();
        var logger = new CapturingLogger<CarePagesMigrationNotificationHandler>();
        await Handler(provider, logger).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Install, false), CancellationToken.None);

        // What Umbraco's installer does: write the connection string to appsettings.json, reload, restart the runtime.
        var site = SqliteSite();
        File.WriteAllText(settingsFile, JsonSerializer.Serialize(new
        {
            ConnectionStrings = new { umbracoDbDSN = site["ConnectionStrings:umbracoDbDSN"], umbracoDbDSN_ProviderName = site["ConnectionStrings:umbracoDbDSN_ProviderName"] },
        }));
        configuration.Reload();
        await Handler(provider, logger).HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, true), CancellationToken.None);
        await states.SaveAsync([FieldTranslationState.Untranslated(Guid.NewGuid(), "es-ES", FieldPath.Of("pageTitle"))], []);

        var applied = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, applied.Level);
        Assert.Contains("InitialCreate", applied.Message, StringComparison.Ordinal);
        Assert.Single(await provider.GetRequiredService<ITranslationStateStore>().GetAllAsync());
        Assert.Empty(await provider.GetRequiredService<ITranslationJobStore>().GetByDocumentAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task MigrateAsync_SiteNotInstalledYet_ReportsTheMissingConnectionStringAndTheStoresNameIt()
    {
        using var provider = BuildSite([]);

        var result = await provider.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredService<ITranslationStateStore>().GetAllAsync());

        Assert.Equal(CarePagesMigrationStatus.ConnectionStringMissing, result.Status);
        Assert.Contains("ConnectionStrings:umbracoDbDSN", result.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:umbracoDbDSN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCarePagesPersistence_CalledTwice_RegistersTheStartUpMigrationOnce()
    {
        var builder = Builder(SqliteSite());

        builder.AddCarePagesPersistence().AddCarePagesPersistence();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartingNotification>)
            && d.ImplementationType == typeof(CarePagesMigrationNotificationHandler));
    }

    [Fact]
    public void AddCarePages_WithAPersistenceSection_AcceptsIt()
    {
        var settings = SqliteSite();
        settings["CarePages:Persistence:Provider"] = "SqlServer";
        settings["CarePages:Persistence:ConnectionString"] = "Server=db;Database=CarePages;Integrated Security=true";
        var builder = Builder(settings);

        builder.AddCarePages();
        using var provider = builder.Services.BuildServiceProvider();

        Assert.Equal(CarePagesDatabaseProvider.SqlServer, provider.GetRequiredService<IOptions<CarePagesOptions>>().Value.Persistence.Provider);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private Dictionary<string, string?> SqliteSite() => new()
    {
        ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True",
        ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
    };

    private static ServiceProvider BuildSite(Dictionary<string, string?> settings) =>
        Builder(settings).AddCarePagesPersistence().Services.BuildServiceProvider();

    private static CarePagesMigrationNotificationHandler Handler(IServiceProvider provider, ILogger<CarePagesMigrationNotificationHandler>? logger = null) =>
        new(provider.GetRequiredService<CarePagesDatabaseMigrator>(), logger ?? new CapturingLogger<CarePagesMigrationNotificationHandler>());

    private static IUmbracoBuilder Builder(Dictionary<string, string?> settings) =>
        Builder(UmbracoPersistenceOptionsTests.Configuration(settings));

    private static IUmbracoBuilder Builder(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        var builder = new Mock<IUmbracoBuilder>();
        builder.SetupGet(b => b.Services).Returns(services);
        builder.SetupGet(b => b.Config).Returns(configuration);
        return builder.Object;
    }
}
