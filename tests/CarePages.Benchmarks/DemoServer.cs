using System.Reflection;
using CarePages.Demo.Site;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CarePages.Benchmarks;

/// <summary>The demo clinic served in memory over its own temporary SQLite file, deleted afterwards.</summary>
// Any public type of the demo names its assembly; the benchmark host has a Program of its own.
public sealed class DemoServer : WebApplicationFactory<DemoSiteLoader>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "carepages-benchmarks", $"{Guid.NewGuid():N}.db");

    /// <summary>Creates the server, rooted in the demo's project folder.</summary>
    public DemoServer()
    {
        // WebApplicationFactory looks for its manifest relative to the working folder, which `dotnet run` leaves at the
        // repository root; this setting names the demo's content root wherever the benchmarks are started from.
        var benchmarkProject = typeof(DemoServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "BenchmarkProjectDirectory").Value!;
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_CAREPAGES_DEMO",
            Path.GetFullPath(Path.Combine(benchmarkProject, "..", "..", "src", "CarePages.Demo")));
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CarePagesDemo:DatabasePath", _databasePath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
