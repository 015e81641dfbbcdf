using CarePages.Core.SampleContent;
using CarePages.Demo.Storage;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>A demo store (<c>demo.db</c>) in a test's folder, seeded with the sample clinic as the demo seeds it.</summary>
internal static class DemoStoreSeed
{
    /// <summary>Seeds <c>demo.db</c> in <paramref name="folder"/> and returns its store.</summary>
    public static async Task<SqliteContentStore> SeedAsync(TempFolder folder)
    {
        var store = new SqliteContentStore(new DocumentDatabase(Path.Combine(folder.Root, "demo.db")));
        foreach (var document in SampleClinic.Documents)
        {
            await store.SaveAsync(document);
        }

        return store;
    }
}
