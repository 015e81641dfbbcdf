using CarePages.Core.Translation.Jobs;
using CarePages.Core.Xliff;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Stores;

/// <summary>What every <see cref="ITranslationJobStore"/> must do; run against each implementation.</summary>
public abstract class TranslationJobStoreContract : StoreContract<ITranslationJobStore>
{
    [Fact]
    public async Task FindAsync_UnknownJob_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync("job-unknown"));
    }

    [Fact]
    public async Task FindAsync_AfterSave_ReturnsTheSourceExactlyAsSent()
    {
        var job = Job("job-2026-001", Monday);
        await Store.SaveAsync(job);

        var found = await Store.FindAsync("job-2026-001");

        Assert.NotNull(found);
        Assert.Equal((job.JobId, job.Format, job.CreatedBy, job.CreatedAt), (found.JobId, found.Format, found.CreatedBy, found.CreatedAt));
        Assert.Equal(("en-GB", "es-ES", true), (found.SourceCulture, found.TargetCulture, found.Export.CopySourceToTarget));
        var document = Assert.Single(found.Export.Documents);
        Assert.Equal((IntranasalRoute, "carePagesTreatmentRoute", "Intranasal ketamine"), (document.Key, document.ContentTypeAlias, document.Name));
        XliffGlossaryNote[] none = [];
        Assert.Equal(job.Export.Documents[0].Units.Select(u => u with { Glossary = none }), document.Units.Select(u => u with { Glossary = none }));
        Assert.Equal(job.Export.Documents[0].Units.SelectMany(u => u.Glossary), document.Units.SelectMany(u => u.Glossary));
    }

    [Fact]
    public async Task SaveAsync_JobIdUsedBefore_IsRefusedAndKeepsTheFirstJob()
    {
        await Store.SaveAsync(Job("job-2026-001", Monday));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.SaveAsync(Job("job-2026-001", Monday.AddDays(1), InfusionRoute)));

        Assert.Contains("job-2026-001", error.Message, StringComparison.Ordinal);
        Assert.Equal(Monday, (await Store.FindAsync("job-2026-001"))!.CreatedAt);
    }

    [Fact]
    public async Task GetByDocumentAsync_JobsOfSeveralDocuments_ReturnsThatDocumentsJobsNewestFirst()
    {
        await Store.SaveAsync(Job("job-old", Monday, IntranasalRoute));
        await Store.SaveAsync(Job("job-other", Monday.AddDays(1), InfusionRoute));
        await Store.SaveAsync(Job("job-new", Monday.AddDays(2), InfusionRoute, IntranasalRoute));

        var jobs = await Store.GetByDocumentAsync(IntranasalRoute);

        Assert.Equal(["job-new", "job-old"], jobs.Select(j => j.JobId));
        Assert.Empty(await Store.GetByDocumentAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task GetByDocumentAsync_MarkdownJob_KeepsItsFormat()
    {
        await Store.SaveAsync(Job("job-md", Monday) with { Format = ExchangeFormat.Markdown });

        var job = Assert.Single(await Store.GetByDocumentAsync(IntranasalRoute));

        Assert.Equal(ExchangeFormat.Markdown, job.Format);
        Assert.Equal(XliffFieldKind.RichText, job.Export.Documents[0].Units[1].Kind);
    }
}
