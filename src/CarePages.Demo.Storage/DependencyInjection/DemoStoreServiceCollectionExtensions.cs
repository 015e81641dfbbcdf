using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Persistence.DependencyInjection;
using CarePages.Persistence.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Storage.DependencyInjection;

/// <summary>The demo store as every host of it registers it: the demo site, the command-line tool and the benchmarks.</summary>
public static class DemoStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the documents in the SQLite file <paramref name="databasePath"/> gives (<see cref="SqliteContentStore"/>,
    /// also as <see cref="IContentStore"/>, <see cref="IDraftContentStore"/> and <see cref="ISiteContentSource"/>), and
    /// the package's services with their tables in the same file, translating from <paramref name="sourceCulture"/>.
    /// </summary>
    public static IServiceCollection AddDemoStore(this IServiceCollection services, Func<IServiceProvider, string> databasePath, string sourceCulture)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(databasePath);
        ArgumentException.ThrowIfNullOrEmpty(sourceCulture);
        return services
            .AddSingleton(provider => new DocumentDatabase(databasePath(provider)))
            .AddSingleton<SqliteContentStore>()
            .AddSingleton<IContentStore>(provider => provider.GetRequiredService<SqliteContentStore>())
            .AddSingleton<IDraftContentStore>(provider => provider.GetRequiredService<SqliteContentStore>())
            .AddSingleton<ISiteContentSource>(provider => provider.GetRequiredService<SqliteContentStore>())
            .AddCarePagesServices(
                provider => new CarePagesPersistenceOptions
                {
                    Provider = CarePagesDatabaseProvider.Sqlite,
                    ConnectionString = new SqliteConnectionStringBuilder { DataSource = databasePath(provider) }.ToString(),
                },
                _ => new TranslationExchangeOptions { SourceCulture = sourceCulture });
    }
}
