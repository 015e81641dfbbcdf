using CarePages.Demo.Storage;
using CarePages.Demo.Storage.DependencyInjection;
using CarePages.Persistence.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// The package's services over a copy of the generated site, composed as the command-line tool composes them (the demo
/// store and the one composition root), without a web host: what the site audit benchmarks run on.
/// </summary>
internal sealed class GeneratedSiteHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GeneratedSiteHost(string databasePath, ServiceProvider services)
    {
        DatabasePath = databasePath;
        _services = services;
    }

    /// <summary>The copy's path.</summary>
    public string DatabasePath { get; }

    /// <summary>The demo store over the copy.</summary>
    public SqliteContentStore Content => _services.GetRequiredService<SqliteContentStore>();

    /// <summary>Copies the generated site to a temporary file and opens the package's services on it, its tables migrated.</summary>
    public static async Task<GeneratedSiteHost> OpenCopyAsync(string sitePath, string copyPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(copyPath)!);
        File.Copy(sitePath, copyPath, overwrite: true);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddDemoStore(_ => copyPath, GeneratedSite.SourceCulture)
            .BuildServiceProvider();
        var migration = await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync();
        if (!migration.Succeeded)
        {
            throw new InvalidOperationException($"{copyPath}: {migration.Message}");
        }

        return new GeneratedSiteHost(copyPath, services);
    }

    /// <summary>A new scope of the package's services.</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
