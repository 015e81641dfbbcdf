using System.Text.Json;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Matrix;

public sealed class TranslationMatrixServiceTests
{
    private readonly InMemoryDraftContentStore _drafts = new();
    private readonly InMemoryTranslationStateStore _states = new();
    private readonly InMemoryDocumentSummaryStore _summaries = new();
    private readonly StatusTallyCache _tallies = new();

    [Fact]
    public async Task GetMatrixAsync_SampleClinic_RowsCarryTheSourceNameAndDocumentType()
    {
        var rows = (await Service().GetMatrixAsync(["es-ES"])).Rows();

        var route = rows.Single(r => r.DocumentKey == IntranasalRouteKey);
        Assert.Equal(("Intranasal ketamine", "carePagesTreatmentRoute"), (route.Name, route.ContentTypeAlias));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Name)));
    }

    [Fact]
    public async Task GetMatrixAsync_SecondRequestWithNothingSaved_ReadsNoDocument()
    {
        await Service().GetMatrixAsync(["es-ES"]);
        var readsAfterFirst = _drafts.DraftReads;

        var rows = (await Service().GetMatrixAsync(["es-ES"])).Rows();

        Assert.Equal(readsAfterFirst, _drafts.DraftReads);
        Assert.True(readsAfterFirst > 0);
        Assert.NotEmpty(rows);
    }

    [Fact]
    public async Task GetMatrixAsync_ADocumentSavedSince_IsReadAgainAndShowsItsNewName()
    {
        await Service().GetMatrixAsync(["es-ES"]);
        var route = _drafts[IntranasalRouteKey];
        _drafts[IntranasalRouteKey] = route with { Variants = route.Variants.Select(v => v.Culture == "en-GB" ? v with { Name = "Ketamine nasal spray" } : v).ToArray() };
        var readsBefore = _drafts.DraftReads;

        var rows = (await Service().GetMatrixAsync(["es-ES"])).Rows();

        Assert.Equal(readsBefore + 1, _drafts.DraftReads);
        Assert.Equal("Ketamine nasal spray", rows.Single(r => r.DocumentKey == IntranasalRouteKey).Name);
    }

    [Fact]
    public async Task GetMatrixAsync_StoredStates_AreCountedWithOutdatedApart()
    {
        var fields = TranslatableUnits.OfSource(_drafts[IntranasalRouteKey], "en-GB")!;
        var approved = FieldTranslationState.Untranslated(IntranasalRouteKey, "es-ES", fields[0].Path) with { Status = TranslationStatus.Approved, SourceFingerprint = fields[0].Fingerprint };
        var outdated = FieldTranslationState.Untranslated(IntranasalRouteKey, "es-ES", fields[1].Path) with
        {
            Status = TranslationStatus.Approved,
            SourceFingerprint = fields[1].Fingerprint,
            PendingSourceChange = new SourceChange("old", "new", SourceFingerprint.Of("new")),
        };
        await _states.SaveAsync([approved, outdated], []);

        var counts = (await Service().GetMatrixAsync(["es-ES"])).Counts(IntranasalRouteKey, "es-ES");

        Assert.Equal((1, 1, fields.Count - 2), (counts[TranslationStatus.Approved], counts[TranslationStatus.Outdated], counts[TranslationStatus.Untranslated]));
    }

    [Fact]
    public async Task GetMatrixAsync_StateSavedAfterTheTalliesWereKept_ShowsOnTheNextRequest()
    {
        var fields = TranslatableUnits.OfSource(_drafts[IntranasalRouteKey], "en-GB")!;
        var before = (await Service().GetMatrixAsync(["es-ES"])).Counts(IntranasalRouteKey, "es-ES");
        await _states.SaveAsync([FieldTranslationState.Untranslated(IntranasalRouteKey, "es-ES", fields[0].Path) with { Status = TranslationStatus.InReview, SourceFingerprint = fields[0].Fingerprint }], []);

        var after = (await Service().GetMatrixAsync(["es-ES"])).Counts(IntranasalRouteKey, "es-ES");

        Assert.Equal((0, 1), (before[TranslationStatus.InReview], after[TranslationStatus.InReview]));
    }

    private TranslationMatrixService Service() => new(_drafts, _drafts, _summaries, _states, _tallies, new TranslationExchangeOptions());
}
