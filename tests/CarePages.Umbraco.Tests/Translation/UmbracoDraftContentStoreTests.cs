using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Tests.Publishing;
using CarePages.Umbraco.Tests.TestSupport;
using CarePages.Umbraco.Translation;
using Moq;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

public sealed class UmbracoDraftContentStoreTests
{
    private static readonly Guid RouteKey = PublishGateFixture.IntranasalRouteKey;
    private static readonly UserReference Claire = new("5b3f8d7e-0000-4000-8000-00000000000c", "Claire Martin");

    [Fact]
    public async Task GetDraftAsync_ImportedSampleRoute_ReadsEveryCultureAsTheSampleHasIt()
    {
        var (store, _) = await CreateAsync();

        var draft = await store.GetDraftAsync(RouteKey);

        var sample = SampleClinic.Documents.Single(d => d.Id == RouteKey);
        foreach (var culture in new[] { "en-GB", "es-ES", "ar" })
        {
            var expected = TranslatableUnits.Of(CultureDocumentFactory.Create(sample, culture)).Select(u => (u.Path, u.SourceText));
            Assert.Equal(expected, TranslatableUnits.Of(CultureDocumentFactory.Create(draft!, culture)).Select(u => (u.Path, u.SourceText)));
        }
    }

    [Fact]
    public async Task SaveDraftAsync_AFrenchTranslation_SavedAsTheTranslatorWithOtherCulturesIntact()
    {
        var (store, site) = await CreateAsync();
        var draft = (await store.GetDraftAsync(RouteKey))!;
        var blockTitle = TranslatableUnits.Of(CultureDocumentFactory.Create(draft, "en-GB")).First(u => u.Path.IsInBlock).Path;
        var french = TranslatedDraftWriter.Apply(draft, "fr-FR",
        [
            new(FieldPath.NodeName, FieldKind.PlainText, "Kétamine par voie nasale"),
            new(FieldPath.Of("howItWorks"), FieldKind.RichText, "<p>La kétamine est pulvérisée dans le nez.</p>"),
            new(blockTitle, FieldKind.PlainText, "Facile à utiliser"),
        ]);

        await store.SaveDraftAsync(french, "fr-FR", Claire);

        Assert.Contains($"update document {RouteKey} by {Claire.UserKey}", site.Writes);
        var saved = (await store.GetDraftAsync(RouteKey))!;
        var savedFrench = CultureDocumentFactory.Create(saved, "fr-FR");
        Assert.Equal("Kétamine par voie nasale", savedFrench.Name);
        Assert.Equal("<p>La kétamine est pulvérisée dans le nez.</p>", TranslatableUnits.TextAt(savedFrench, FieldPath.Of("howItWorks")));
        Assert.Equal("Facile à utiliser", TranslatableUnits.TextAt(savedFrench, blockTitle));
        Assert.Equal(
            TranslatableUnits.Of(CultureDocumentFactory.Create(draft, "es-ES")).Select(u => u.SourceText),
            TranslatableUnits.Of(CultureDocumentFactory.Create(saved, "es-ES")).Select(u => u.SourceText));
        Assert.False(site.Documents[RouteKey].Published);
    }

    [Fact]
    public async Task SaveDraftAsync_DocumentDeletedMeanwhile_ThrowsSayingSo()
    {
        var (store, site) = await CreateAsync();
        var draft = (await store.GetDraftAsync(RouteKey))!;
        site.Documents.Remove(RouteKey);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveDraftAsync(draft, "fr-FR", Claire));

        Assert.Contains("no longer exists", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(UmbracoDraftContentStore Store, FakeUmbracoSite Site)> CreateAsync()
    {
        var fixture = await PublishGateFixture.CreateAsync();
        var site = fixture.Site;
        return (new UmbracoDraftContentStore(site.ContentEditing, Mock.Of<IIdKeyMap>(), Mock.Of<IContentService>(), Mock.Of<IContentTypeService>()), site);
    }
}
