using System.Text;
using System.Xml.Linq;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.Machine;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Tests.Xliff;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>The export offers memory matches and machine drafts where a translator's tool shows them; import ignores them.</summary>
public sealed class TranslationExportCandidatesTests
{
    private const string Engine = "Scripted (1.0)";
    private const string Title = "Intranasal ketamine: a nasal spray for long-term pain";
    private static readonly FieldPath Medication = FieldPath.Of(TreatmentRouteType.Medication);
    private static readonly FieldPath PageTitle = FieldPath.Of(PageBasicsComposition.PageTitle);
    private static readonly XNamespace Ns12 = XliffTestJobs.Ns;
    private static readonly XNamespace Mtc = "urn:oasis:names:tc:xliff:matches:2.0";

    [Theory]
    [InlineData(ExchangeFormat.Xliff12)]
    [InlineData(ExchangeFormat.Xliff21)]
    [InlineData(ExchangeFormat.Xliff22)]
    public async Task ExportAsync_MachineDraftedFieldsAndMemoryMatches_FileValidatesAndOffersBoth(ExchangeFormat format)
    {
        var fixture = await MachineDraftedAsync();
        // One word of eleven differs: 100 × 10 ÷ 11, rounded down.
        await RememberAsync(fixture, ("Intranasal ketamine: a nasal spray for long-term aches", "Ketamina intranasal: molestias"), (Title, "Ketamina intranasal (memoria)"));

        var xliff = await ExportAsync(fixture, format);

        var report = new XliffValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xliff)));
        Assert.True(report.IsValid, string.Join("\n", report.Faults.Select(f => f.Message)));
        Assert.Equal(
            [
                (XliffMemoryMatch.Origin, "100", Title, "Ketamina intranasal (memoria)"),
                (XliffMemoryMatch.Origin, "90", "Intranasal ketamine: a nasal spray for long-term aches", "Ketamina intranasal: molestias"),
                (Engine, null, Title, "[es] " + Title),
            ],
            Candidates(xliff, format, PageTitle.Value));
        Assert.Equal([(Engine, null, "ketamine", "[es] ketamine")], Candidates(xliff, format, Medication.Value));
    }

    [Fact]
    public async Task ExportAsync_RichTextBlockInTheMemory_MatchedByTheBlocksTextAndOfferedForThatBlock()
    {
        var fixture = new ExchangeFixture();
        var block = new DocumentPlan(XliffExportDocumentFactory.Create(IntranasalRoute())).Units.First(u => u.Field.FieldPath == TreatmentRouteType.HowItWorks);
        await RememberAsync(fixture, (NormalisedText(block.PlainText), "La ketamina intranasal es un líquido."));

        var xliff = await ExportAsync(fixture, ExchangeFormat.Xliff12);

        Assert.Equal([(XliffMemoryMatch.Origin, "100", NormalisedText(block.PlainText), "La ketamina intranasal es un líquido.")], Candidates(xliff, ExchangeFormat.Xliff12, block.Id));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public async Task ExportAsync_MoreMatchesThanTheOptionAllows_OffersTheBestUpToIt(int max, int expected)
    {
        var fixture = new ExchangeFixture(new TranslationExchangeOptions { MaxMemorySuggestions = max });
        await RememberAsync(
            fixture,
            ("Intranasal esketamine: a nasal spray for long-term aches", "81"),
            (Title, "100"),
            ("Intranasal ketamine: nasal spray for long-term pain", "90"),
            ("Intranasal ketamine: a nasal spray for long-term aches", "90 older"));

        var xliff = await ExportAsync(fixture, ExchangeFormat.Xliff12);

        Assert.Equal(new[] { "100", "90", "90 older", "81" }.Take(expected), Candidates(xliff, ExchangeFormat.Xliff12, PageTitle.Value).Select(c => c.Target));
    }

    [Fact]
    public async Task ExportAsync_SourceChangedAfterTheMachineDraft_ThatDraftIsNotOffered()
    {
        var fixture = await MachineDraftedAsync();
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB", [new TranslatedField(Medication, FieldKind.PlainText, "esketamine")]);

        var xliff = await ExportAsync(fixture, ExchangeFormat.Xliff12);

        Assert.Empty(Candidates(xliff, ExchangeFormat.Xliff12, Medication.Value));
        Assert.Contains(XliffTestJobs.Parse(xliff).Descendants(Ns12 + "alt-trans"), a => (string?)a.Attribute("origin") == Engine);
    }

    [Fact]
    public async Task ExportAsync_Markdown_NoCandidatesAndTheJobKeepsNone()
    {
        var fixture = await MachineDraftedAsync();
        await RememberAsync(fixture, (Title, "Ketamina intranasal (memoria)"));

        var export = await fixture.Export.ExportAsync(new TranslationExportRequest { DocumentKeys = [IntranasalRouteKey], TargetCulture = "es-ES", Format = ExchangeFormat.Markdown }, Ana);

        Assert.True(export.Succeeded);
        Assert.DoesNotContain("(memoria)", Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span), StringComparison.Ordinal);
        Assert.All(export.Job!.Export.Documents.SelectMany(d => d.Units), u => Assert.Equal((null, 0), (u.MachineDraft, u.MemoryMatches.Count)));
    }

    [Theory]
    [InlineData(ExchangeFormat.Xliff12)]
    [InlineData(ExchangeFormat.Xliff21)]
    [InlineData(ExchangeFormat.Xliff22)]
    public async Task ImportAsync_FileReturnedWithCandidatesUnlikeItsTargets_ImportsExactlyTheTargets(ExchangeFormat format)
    {
        var fixture = await MachineDraftedAsync();
        await RememberAsync(fixture, (Title, "Ketamina intranasal (memoria)"));
        var exported = await ExportAsync(fixture, format);
        Assert.Contains(XliffTestJobs.Parse(exported).Descendants(), e => e.Name.LocalName is "alt-trans" or "match");

        var report = await fixture.ImportAsync(ExchangeFixture.PseudoTranslate(exported, "¡"), Ana);

        Assert.True(report.Status == TranslationImportStatus.Success, string.Join("\n", report.Messages.Concat(report.Documents.SelectMany(d => d.Fields.Select(f => $"{f.Path}: {f.Outcome} {f.Reason}")).Concat(report.Documents.Select(d => d.Reason ?? string.Empty)))));
        var spanish = CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "es-ES");
        Assert.Equal("¡[es] ketamine", TranslatableUnits.TextAt(spanish, Medication));
        Assert.Equal("¡[es] " + Title, TranslatableUnits.TextAt(spanish, PageTitle));
        Assert.All(TranslatableUnits.Of(spanish), u => Assert.StartsWith("¡[es]", PlainTextSegments.Text(u.SourceText), StringComparison.Ordinal));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.Translated, s.Status));
    }

    private static async Task<ExchangeFixture> MachineDraftedAsync()
    {
        var fixture = new ExchangeFixture();
        var report = await fixture.MachinePrefill(new ScriptedEngine()).PrefillAsync(new MachinePrefillRequest([IntranasalRouteKey], "es-ES"), Ana);
        Assert.Equal(MachinePrefillStatus.Success, report.Status);
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(Engine, s.Machine?.Describe()));
        return fixture;
    }

    private static Task RememberAsync(ExchangeFixture fixture, params (string Source, string Target)[] pairs) =>
        fixture.MemoryStore.SaveAsync(pairs.Select((p, i) => new TranslationMemorySegment
        {
            SourceCulture = "en-GB",
            TargetCulture = "es-ES",
            SourceText = p.Source,
            TargetText = p.Target,
            DocumentKey = Guid.NewGuid(),
            Path = Medication,
            ApprovedBy = Lucia.Reference,
            ApprovedAt = Start.AddDays(-i),
        }).ToArray());

    private static async Task<string> ExportAsync(ExchangeFixture fixture, ExchangeFormat format)
    {
        var export = await fixture.Export.ExportAsync(new TranslationExportRequest { DocumentKeys = [IntranasalRouteKey], TargetCulture = "es-ES", Format = format, CopySourceToTarget = true }, Ana);
        Assert.True(export.Succeeded, string.Join("\n", export.Messages));
        return Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
    }

    // What a translator's tool shows for the unit named unitName: each candidate's origin, score, source and target text.
    private static List<(string? Origin, string? Score, string Source, string Target)> Candidates(string xliff, ExchangeFormat format, string unitName)
    {
        var document = XliffTestJobs.Parse(xliff);
        if (format == ExchangeFormat.Xliff12)
        {
            return XliffTestJobs.Unit(document, unitName).Elements(Ns12 + "alt-trans")
                .Select(a => ((string?)a.Attribute("origin"), (string?)a.Attribute("match-quality"), a.Element(Ns12 + "source")!.Value, a.Element(Ns12 + "target")!.Value))
                .ToList();
        }

        var ns = document.Root!.Name.Namespace;
        return Xliff2TestFiles.Unit(document, unitName).Elements(Mtc + "matches").Elements(Mtc + "match")
            .Select(m => ((string?)m.Attribute("origin"), (string?)m.Attribute("similarity"), m.Element(ns + "source")!.Value, m.Element(ns + "target")!.Value))
            .ToList();
    }

    private static string NormalisedText(string text) => CarePages.Core.Text.NormalisedText.Of(text);
}
