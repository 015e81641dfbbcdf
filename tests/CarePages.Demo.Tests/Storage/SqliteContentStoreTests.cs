using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Demo.Storage;

namespace CarePages.Demo.Tests.Storage;

public sealed class SqliteContentStoreTests : IDisposable
{
    private readonly string _path = TempDatabase.NewPath();
    private readonly SqliteContentStore _store;

    public SqliteContentStoreTests() => _store = new SqliteContentStore(new DocumentDatabase(_path));

    public void Dispose() => TempDatabase.Delete(_path);

    [Fact]
    public async Task SaveAsync_ThenGetAsync_GivesBackTheSameDocument()
    {
        var original = SampleClinic.Documents[1];

        await _store.SaveAsync(original);
        var loaded = await _store.GetAsync(original.Id);

        Assert.NotNull(loaded);
        Assert.Equal(MultiCultureDocumentJson.Write(original), MultiCultureDocumentJson.Write(loaded));
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

    [Fact]
    public async Task SaveDraftAsync_ATranslation_IsTheDraftButNotPublishedUntilPublishDraft()
    {
        var published = SampleClinic.Documents[1];
        await _store.SaveAsync(published);
        var draft = published with { Variants = [.. published.Variants, new DocumentVariant("fr-FR", null, "Kétamine")] };

        await _store.SaveDraftAsync(draft, "fr-FR", new("claire", "Claire Martin"), DraftVersion.Of(published));

        Assert.Equal("Kétamine", (await _store.GetDraftAsync(published.Id))!.NameIn("fr-FR"));
        Assert.Null((await _store.GetAsync(published.Id))!.NameIn("fr-FR"));
        Assert.True(await _store.PublishDraftAsync(published.Id));
        Assert.Equal("Kétamine", (await _store.GetAsync(published.Id))!.NameIn("fr-FR"));
        Assert.False(await _store.PublishDraftAsync(published.Id));
    }

    [Fact]
    public async Task SaveDraftAsync_AnotherSaveCameFirst_RefusesAsConflictAndKeepsTheOtherSave()
    {
        var published = SampleClinic.Documents[1];
        await _store.SaveAsync(published);
        var readVersion = DraftVersion.Of((await _store.GetDraftAsync(published.Id))!);
        var french = published with { Variants = [.. published.Variants, new DocumentVariant("fr-FR", null, "Kétamine")] };
        var german = published with { Variants = [.. published.Variants, new DocumentVariant("de-DE", null, "Ketamin")] };

        var first = await _store.SaveDraftAsync(french, "fr-FR", new("claire", "Claire Martin"), readVersion);
        var second = await _store.SaveDraftAsync(german, "de-DE", new("jonas", "Jonas Weber"), readVersion);

        Assert.Equal(DraftSaveStatus.Saved, first.Status);
        Assert.Equal(DraftVersion.Of(french), first.Version);
        Assert.Equal(DraftSaveStatus.Conflict, second.Status);
        var draft = (await _store.GetDraftAsync(published.Id))!;
        Assert.Equal("Kétamine", draft.NameIn("fr-FR"));
        Assert.Null(draft.NameIn("de-DE"));
    }

    [Fact]
    public async Task SaveDraftAsync_UnknownDocument_IsNotFoundAndSavesNothing()
    {
        var document = SampleClinic.Documents[1];

        var result = await _store.SaveDraftAsync(document, "fr-FR", new("claire", "Claire Martin"), DraftVersion.Of(document));

        Assert.Equal(DraftSaveStatus.NotFound, result.Status);
        Assert.Null(await _store.GetDraftAsync(document.Id));
    }

    [Fact]
    public async Task GetDraftAsync_NoDraftSaved_GivesThePublishedDocument()
    {
        var published = SampleClinic.Documents[1];
        await _store.SaveAsync(published);

        var draft = await _store.GetDraftAsync(published.Id);

        Assert.Equal(MultiCultureDocumentJson.Write(published), MultiCultureDocumentJson.Write(draft!));
        Assert.Contains(published.Id, await _store.GetKeysAsync());
    }

    [Fact]
    public async Task CountAsync_EmptyThenTwoSaved_CountsTheDocuments()
    {
        Assert.Equal(0, await _store.CountAsync());

        await _store.SaveAsync(SampleClinic.Documents[0]);
        await _store.SaveAsync(SampleClinic.Documents[1]);
        await _store.SaveAsync(SampleClinic.Documents[1]);

        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task GetStampsAsync_DraftSavedThenPublished_ChangesOnlyThatDocumentsStampEachTime()
    {
        var (other, edited) = (SampleClinic.Documents[0], SampleClinic.Documents[1]);
        await _store.SaveAsync(other);
        await _store.SaveAsync(edited);
        var before = (await _store.GetStampsAsync()).ToDictionary(s => s.Key, s => s.Stamp);

        var french = edited with { Variants = [.. edited.Variants, new DocumentVariant("fr-FR", null, "Kétamine")] };
        await _store.SaveDraftAsync(french, "fr-FR", new("claire", "Claire Martin"), DraftVersion.Of(edited));
        var drafted = (await _store.GetStampsAsync()).ToDictionary(s => s.Key, s => s.Stamp);
        await _store.PublishDraftAsync(edited.Id);
        var published = (await _store.GetStampsAsync()).ToDictionary(s => s.Key, s => s.Stamp);

        Assert.Equal(before[other.Id], published[other.Id]);
        Assert.Equal(3, new[] { before[edited.Id], drafted[edited.Id], published[edited.Id] }.Distinct().Count());
    }
}
