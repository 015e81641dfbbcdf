using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Demo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests;

public sealed class SeedingTests : IDisposable
{
    private readonly string _path = TempDatabase.NewPath();

    public void Dispose() => TempDatabase.Delete(_path);

    [Fact]
    public async Task SeedAsync_Twice_SavesTheSampleClinicOnlyOnce()
    {
        var store = new SqliteContentStore(new DocumentDatabase(_path));
        var seeder = new SampleContentSeeder(store);

        var first = await seeder.SeedAsync(SampleClinic.Documents);
        var second = await seeder.SeedAsync(SampleClinic.Documents);

        Assert.Equal(SampleClinic.Documents.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(SampleClinic.Documents.Select(d => d.Id), (await store.GetAllAsync()).Select(d => d.Id));
    }

    [Fact]
    public async Task Startup_InAFolderThatDoesNotExistYet_CreatesItAndServesTheHomePage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carepages-demo-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "fresh-clone.db");
        try
        {
            using var factory = DemoAppFactory.OnFile(path);

            var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

            Assert.True(response.IsSuccessStatusCode, $"GET / returned {(int)response.StatusCode}.");
            Assert.True(File.Exists(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Startup_WithAnExistingDatabase_KeepsItsContentAndDoesNotReseed()
    {
        var edited = SampleClinic.Documents[0] with { Variants = [new DocumentVariant("en-GB", null, "Edited by an editor")] };
        using (var firstRun = DemoAppFactory.OnFile(_path))
        {
            firstRun.CreateClient();
            await firstRun.Services.GetRequiredService<IContentStore>().SaveAsync(edited);
        }

        using var secondRun = DemoAppFactory.OnFile(_path);
        secondRun.CreateClient();
        var all = await secondRun.Services.GetRequiredService<IContentStore>().GetAllAsync();

        Assert.Equal(SampleClinic.Documents.Count, all.Count);
        Assert.Equal("Edited by an editor", all.Single(d => d.Id == edited.Id).NameIn("en-GB"));
    }
}
