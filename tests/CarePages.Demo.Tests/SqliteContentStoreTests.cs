using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Demo.Storage;
using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Tests;

public sealed class SqliteContentStoreTests : IDisposable
{
    private readonly string _path = TempDatabase.NewPath();
    private readonly SqliteContentStore _store;

    public SqliteContentStoreTests() => _store = new SqliteContentStore(new DemoDatabase(_path));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TempDatabase.Delete(_path);
    }

    [Fact]
    public async Task SaveAsync_ThenGetAsync_GivesBackTheSameDocument()
    {
        var original = SampleClinic.Documents[1];

        await _store.SaveAsync(original);
        var loaded = await _store.GetAsync(original.Id);

        Assert.NotNull(loaded);
        Assert.Equal(DocumentRequestJson.Write(original), DocumentRequestJson.Write(loaded));
    }

    [Fact]
    public async Task GetAsync_UnknownKey_GivesNull()
    {
        Assert.Null(await _store.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task SaveAsync_ExistingDocument_ReplacesItAndKeepsItsPlace()
    {
        var first = SampleClinic.Documents[0];
        var second = SampleClinic.Documents[1];
        await _store.SaveAsync(first);
        await _store.SaveAsync(second);

        var renamed = first with { Variants = [new DocumentVariant("en-GB", null, "Renamed")] };
        await _store.SaveAsync(renamed);

        var all = await _store.GetAllAsync();
        Assert.Equal([first.Id, second.Id], all.Select(d => d.Id));
        Assert.Equal("Renamed", all[0].NameIn("en-GB"));
    }

    [Fact]
    public async Task GetAllAsync_ChildSavedBeforeItsParent_ListsTheParentFirst()
    {
        var child = SampleClinic.Documents.First(d => d.Parent is not null);
        var parent = SampleClinic.Documents.Single(d => d.Id == child.Parent!.Id);
        await _store.SaveAsync(child);
        await _store.SaveAsync(parent);

        var all = await _store.GetAllAsync();

        Assert.Equal([parent.Id, child.Id], all.Select(d => d.Id));
    }
}
