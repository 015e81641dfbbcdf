using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.TestSupport;

/// <summary>People, units and a workflow over an in-memory store for translation tests.</summary>
internal static class TranslationTestData
{
    public static readonly Guid IntranasalRouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static TranslationActor Ana { get; } = new("ana", "Ana García", ["es-ES"]);

    public static TranslationActor Rami { get; } = new("rami", "Rami Haddad", ["ar"]);

    public static TranslationActor Lucia { get; } = new("lucia", "Lucía Pérez (reviewer)", ["es-ES", "ar"], CanReview: true);

    public static TranslationActor Editor { get; } = new("ed", "Ed Jones (editor)", ["es-ES", "ar"]);

    public static CultureDocument IntranasalRoute(string culture = "en-GB") =>
        CultureDocumentFactory.Create(SampleClinic.Documents.Single(d => d.Id == IntranasalRouteKey), culture);

    public static TranslatableUnit Unit(string text = "Ketamine is given as a nasal spray.", string path = TreatmentRouteType.TypicalOnset) => new()
    {
        DocumentKey = IntranasalRouteKey,
        ContentTypeAlias = TreatmentRouteType.Alias,
        SourceCulture = "en-GB",
        Path = FieldPath.Of(path),
        Name = "Typical onset",
        Kind = FieldKind.PlainText,
        SourceText = text,
    };

    public static (TranslationWorkflowService Workflow, InMemoryTranslationStateStore Store, FixedTimeProvider Clock) NewWorkflow()
    {
        var store = new InMemoryTranslationStateStore();
        var clock = new FixedTimeProvider(Start);
        return (new TranslationWorkflowService(store, clock), store, clock);
    }

    /// <summary>Writes, submits and (by Lucía) approves <paramref name="unit"/> in <paramref name="culture"/>.</summary>
    public static async Task ApproveAsync(TranslationWorkflowService workflow, TranslatableUnit unit, string culture = "es-ES", TranslationActor? translator = null)
    {
        translator ??= Ana;
        await workflow.EditAsync(unit, culture, translator, CancellationToken.None);
        await workflow.SubmitForReviewAsync(unit, culture, translator, CancellationToken.None);
        Assert.True((await workflow.ApproveAsync(unit, culture, Lucia, CancellationToken.None)).Succeeded);
    }
}
