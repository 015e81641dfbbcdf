using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarePages.TestSupport;

/// <summary>
/// The demo clinic hosted for tests and benchmarks, against its own temporary SQLite file deleted afterwards: in memory
/// by default, on a real loopback port after <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/>.
/// </summary>
/// <typeparam name="TEntryPoint">
/// Any public type of the demo's assembly. The library does not reference the demo, so that every test project can use
/// it without building the site: the demo's tests pass its <c>Program</c>, the benchmarks (which have a Program of
/// their own) another of its types.
/// </typeparam>
public sealed class DemoAppFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
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

        // WebApplicationFactory looks for its manifest in the working folder, which `dotnet run` leaves at the
        // repository root for the benchmarks; this names the demo's content root wherever the host is started from.
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_CAREPAGES_DEMO",
            Path.Combine(RepositoryRoot.Path, "src", "CarePages.Demo"));
    }

    public string DatabasePath { get; }

    /// <summary>A demo whose sample Spanish and Arabic pages start untranslated, for tests of the workflow from its start.</summary>
#pragma warning disable CA1000 // The factories read best on the host's own name, e.g. DemoAppFactory.WithSettings(…).
    public static DemoAppFactory<TEntryPoint> WithUntranslatedSample() => new() { _approveSampleTranslations = false };

    /// <summary>A demo started with these configuration settings too, e.g. <c>CarePages:Checks</c> or logging ones.</summary>
    public static DemoAppFactory<TEntryPoint> WithSettings(IReadOnlyDictionary<string, string> settings) => new() { _settings = settings };

    /// <summary>
    /// A factory over a file the caller keeps, e.g. to start the demo twice on the same database or on a generated site,
    /// with these configuration <paramref name="settings"/> too when given.
    /// </summary>
    public static DemoAppFactory<TEntryPoint> OnFile(string databasePath, IReadOnlyDictionary<string, string>? settings = null) =>
        new(databasePath, ownsFile: false) { _settings = settings ?? new Dictionary<string, string>() };
#pragma warning restore CA1000

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CarePagesDemo:DatabasePath", DatabasePath);
        builder.UseSetting("CarePagesDemo:ApproveSampleTranslations", _approveSampleTranslations ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFile)
        {
            TempDatabase.Delete(DatabasePath);
        }
    }
}
