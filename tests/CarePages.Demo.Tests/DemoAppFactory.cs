using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Tests;

/// <summary>Runs the demo in memory against its own temporary SQLite file, deleted afterwards.</summary>
public sealed class DemoAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFile;
    private bool _approveSampleTranslations = true;
    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

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

    /// <summary>A demo whose sample Spanish and Arabic pages start untranslated, for tests of the workflow from its start.</summary>
    public static DemoAppFactory WithUntranslatedSample() => new() { _approveSampleTranslations = false };

    /// <summary>A demo started with these configuration settings too, e.g. <c>CarePages:Checks</c> ones.</summary>
    public static DemoAppFactory WithSettings(IReadOnlyDictionary<string, string> settings) => new() { _settings = settings };

    /// <summary>A factory over a file the caller keeps, e.g. to start the demo twice on the same database.</summary>
    public static DemoAppFactory OnFile(string databasePath) => new(databasePath, ownsFile: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CarePagesDemo:DatabasePath", DatabasePath);
        builder.UseSetting("CarePagesDemo:ApproveSampleTranslations", _approveSampleTranslations ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
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
