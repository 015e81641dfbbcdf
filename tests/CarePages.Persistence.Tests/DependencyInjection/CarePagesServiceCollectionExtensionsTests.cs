using CarePages.Core.Checks;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.DependencyInjection;
using CarePages.Persistence.Setup;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.DependencyInjection;

/// <summary>What every host (Umbraco, the demo, the CLI) gets from <c>AddCarePagesServices</c>.</summary>
public sealed class CarePagesServiceCollectionExtensionsTests
{
    private const string ImageWithoutAlt = "<p>Cómo funciona.</p><img src=\"/media/spray.png\">";

    [Fact]
    public void AddCarePagesServices_SeverityInCarePagesChecks_EngineReportsTheConfiguredSeverity()
    {
        using var database = new SqliteTestDatabase();
        using var services = Services(database, new() { ["CarePages:Checks:Rules:image-alt-missing:Severity"] = "Info" });

        var findings = services.GetRequiredService<CheckEngine>().CheckRichText(ImageWithoutAlt, new CheckRequest { Culture = "es-ES" }).Findings;

        Assert.Equal(FindingSeverity.Info, Assert.Single(findings, f => f.RuleId == "image-alt-missing").Severity);
    }

    [Fact]
    public void AddCarePagesServices_UnknownRuleInCarePagesChecks_ResolvingTheEngineNamesTheSetting()
    {
        using var database = new SqliteTestDatabase();
        using var services = Services(database, new() { ["CarePages:Checks:Rules:no-such-rule:Enabled"] = "false" });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<CheckEngine>());

        Assert.Contains("CarePages:Checks:Rules:no-such-rule names no known rule.", exception.Failures);
    }

    [Fact]
    public void AddCarePagesServices_CalledTwice_RegistersEverythingOnce()
    {
        using var database = new SqliteTestDatabase();
        var services = new ServiceCollection();

        services.AddCarePagesServices(_ => database.Options, _ => new TranslationExchangeOptions());
        var countAfterFirstCall = services.Count;
        services.AddCarePagesServices(_ => database.Options, _ => new TranslationExchangeOptions());

        Assert.Equal(countAfterFirstCall, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(CheckEngine));
    }

    [Fact]
    public async Task AddCarePagesServices_Migrated_ResolvesTheWorkflowOverTheDatabaseStores()
    {
        using var database = new SqliteTestDatabase();
        using var services = Services(database, []);
        Assert.True((await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync()).Succeeded);
        using var scope = services.CreateScope();
        var states = scope.ServiceProvider.GetRequiredService<ITranslationStateStore>();
        await states.SaveAsync([Approved()], []);

        Assert.IsType<EfTranslationStateStore>(states);
        Assert.NotNull(await states.FindAsync(IntranasalRoute, "es-ES", TypicalOnset));
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<TranslationWorkflowService>());
        Assert.Equal("es-ES", scope.ServiceProvider.GetRequiredService<TranslationExchangeOptions>().SourceCulture);
    }

    private static ServiceProvider Services(SqliteTestDatabase database, Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddCarePagesServices(_ => database.Options, _ => new TranslationExchangeOptions { SourceCulture = "es-ES" })
            .BuildServiceProvider();
}
