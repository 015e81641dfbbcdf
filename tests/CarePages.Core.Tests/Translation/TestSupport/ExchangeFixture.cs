using System.Text;
using System.Xml.Linq;
using CarePages.Core.Tests.Xliff;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.TestSupport;

/// <summary>Export and import services over in-memory drafts, states and jobs.</summary>
internal sealed class ExchangeFixture
{
    public ExchangeFixture(TranslationExchangeOptions? options = null, IGlossaryStore? glossary = null)
    {
        options ??= new TranslationExchangeOptions();
        Options = options;
        Glossary = glossary;
        Workflow = new TranslationWorkflowService(States, Clock);
        Memory = new TranslationMemoryService(MemoryStore);
        Export = new TranslationExportService(Drafts, States, Jobs, Workflow, Clock, options, glossary, memory: Memory);
        Import = new TranslationImportService(Drafts, Jobs, Workflow, options, glossary);
        Review = new TranslationReviewService(Drafts, Workflow, Memory, options);
    }

    public FixedTimeProvider Clock { get; } = new(TranslationTestData.Start);

    public TranslationExchangeOptions Options { get; }

    public IGlossaryStore? Glossary { get; }

    public InMemoryTranslationMemoryStore MemoryStore { get; } = new();

    public TranslationMemoryService Memory { get; }

    public TranslationReviewService Review { get; }

    public InMemoryDraftContentStore Drafts { get; } = new();

    public InMemoryTranslationStateStore States { get; } = new();

    public InMemoryTranslationJobStore Jobs { get; } = new();

    public TranslationWorkflowService Workflow { get; }

    public TranslationExportService Export { get; }

    public TranslationImportService Import { get; }

    /// <summary>A machine pre-fill over the same drafts, states, memory and glossary, with <paramref name="engine"/>.</summary>
    public MachinePrefillService MachinePrefill(IMachineTranslationEngine engine, MachineTranslationOptions? machineOptions = null) =>
        new(Drafts, States, Workflow, engine, Clock, Options, machineOptions ?? new MachineTranslationOptions(), Memory, Glossary);

    public static TranslationActor Claire { get; } = new("claire", "Claire Martin", ["fr-FR"]);

    public async Task<TranslationExportResult> ExportRouteAsync(ExchangeFormat format = ExchangeFormat.Xliff12, string culture = "fr-FR", TranslationActor? actor = null) =>
        await Export.ExportAsync(
            new TranslationExportRequest { DocumentKeys = [TranslationTestData.IntranasalRouteKey], TargetCulture = culture, Format = format, CopySourceToTarget = true },
            actor ?? Claire);

    /// <summary>The route exported into French and translated by <see cref="PseudoTranslate"/> with <paramref name="prefix"/>.</summary>
    public async Task<string> PseudoTranslatedRouteAsync(string prefix = "[fr] ") =>
        PseudoTranslate(Encoding.UTF8.GetString(Assert.Single((await ExportRouteAsync()).Files).Content.Span), prefix);

    public async Task<TranslationImportReport> ImportAsync(string file, TranslationActor? actor = null, bool replaceNewerTranslations = false)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(file));
        return await Import.ImportAsync(stream, actor ?? Claire, replaceNewerTranslations);
    }

    /// <summary>
    /// Prefixes <paramref name="prefix"/> to the first text of every unit's target, leaving inline codes as they are, and
    /// translation candidates (1.2 <c>alt-trans</c>, 2.x <c>mtc:match</c>) as the export wrote them.
    /// </summary>
    public static string PseudoTranslate(string xliff, string prefix = "[fr] ")
    {
        var document = XDocument.Parse(xliff, LoadOptions.PreserveWhitespace);
        foreach (var target in document.Descendants().Where(e => e.Name.LocalName == "target" && e.Parent!.Name.LocalName is "trans-unit" or "segment"))
        {
            var first = target.DescendantNodes().OfType<XText>().FirstOrDefault(t => t.Value.Trim().Length > 0);
            if (first is not null)
            {
                first.Value = prefix + first.Value;
            }
        }

        return XliffTestJobs.Serialize(document);
    }
}
