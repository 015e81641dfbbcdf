using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Tests;

/// <summary>Runs the demo in memory against its own temporary SQLite file, deleted afterwards.</summary>
public sealed class DemoAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFile;

    public DemoAppFactory()
        : this(TempDatabase.NewPath(), ownsFile: true)
    {
    }

    private DemoAppFactory(string databasePath, bool ownsFile)
    {
        DatabasePath = databasePath;
        _ownsFile = ownsFile;
    }

    public string DatabasePath { get; }

    /// <summary>A factory over a file the caller keeps, e.g. to start the demo twice on the same database.</summary>
    public static DemoAppFactory OnFile(string databasePath) => new(databasePath, ownsFile: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CarePagesDemo:DatabasePath", DatabasePath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFile)
        {
            SqliteConnection.ClearAllPools();
            TempDatabase.Delete(DatabasePath);
        }
    }
}
