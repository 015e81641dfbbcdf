using CarePages.Core.SampleContent;
using CarePages.Demo.Storage;
using Microsoft.Data.Sqlite;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>
/// The base of the tests of commands that work on the demo store: a folder of their own, whose <c>demo.db</c> they
/// seed with the sample clinic as the demo does, removed afterwards.
/// </summary>
public abstract class DemoStoreCommandTests : IDisposable
{
    /// <summary>The sample intranasal ketamine route.</summary>
    protected const string RouteKey = "92fad090-b178-4abd-bfd1-7a2b695c4f92";

    /// <summary>The test's folder, the commands' working directory.</summary>
    protected TempFolder Folder { get; } = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Seeds <c>demo.db</c> in <see cref="Folder"/> and returns its store.</summary>
    protected async Task<SqliteContentStore> SeededStoreAsync()
    {
        var store = new SqliteContentStore(new DocumentDatabase(Path.Combine(Folder.Root, "demo.db")));
        foreach (var document in SampleClinic.Documents)
        {
            await store.SaveAsync(document);
        }

        return store;
    }
}
