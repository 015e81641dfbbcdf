using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>A file exported with the source copied into its targets and sent back without translating it.</summary>
public sealed class CopiedSourceImportTests
{
    private static readonly FieldPath Medication = FieldPath.Of(TreatmentRouteType.Medication);

    [Theory]
    [InlineData(ExchangeFormat.Xliff12)]
    [InlineData(ExchangeFormat.Xliff21)]
    [InlineData(ExchangeFormat.Markdown)]
    public async Task Import_CopySourceFileSentBackUntranslated_ImportsNothingAndReportsEveryFieldAsTheSourceUnchanged(ExchangeFormat format)
    {
        var fixture = new ExchangeFixture();
        var file = await ExportedFileAsync(fixture, format);

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.NothingApplied, report.Status);
        var document = Assert.Single(report.Documents);
        Assert.Contains("sent back untranslated", document.Reason!, StringComparison.Ordinal);
        Assert.All(document.Fields, f => Assert.Equal(FieldImportOutcome.SourceCopied, f.Outcome));
        Assert.Null(fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.DoesNotContain(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => s.Status == TranslationStatus.Translated);
    }

    [Theory]
    [InlineData(ExchangeFormat.Xliff12)]
    [InlineData(ExchangeFormat.Xliff21)]
    [InlineData(ExchangeFormat.Markdown)]
    public async Task Import_OneFieldTranslatedTheRestCopied_ImportsTheTranslationAndLeavesTheCopiesUntranslated(ExchangeFormat format)
    {
        var fixture = new ExchangeFixture();
        var file = (await ExportedFileAsync(fixture, format))
            .Replace(">ketamine<", ">kétamine<", StringComparison.Ordinal)
            .Replace("\nketamine\n", "\nkétamine\n", StringComparison.Ordinal);

        var report = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var fields = Assert.Single(report.Documents).Fields;
        Assert.Equal(FieldImportOutcome.Imported, fields.Single(f => f.Path == Medication.Value).Outcome);
        Assert.Equal(FieldImportOutcome.SourceCopied, fields.Single(f => f.Path == TreatmentRouteType.HowItWorks).Outcome);
        var states = await fixture.States.GetByDocumentAsync(IntranasalRouteKey);
        Assert.Equal([Medication], states.Where(s => s.Status == TranslationStatus.Translated).Select(s => s.Path));
        // The culture needs a name to exist: the English one is kept as a placeholder, still untranslated.
        Assert.Equal("kétamine", TranslatableUnits.TextAt(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR"), Medication));
        Assert.Null(TranslatableUnits.TextAt(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR"), FieldPath.Of(TreatmentRouteType.HowItWorks)));
    }

    [Fact]
    public async Task Import_PartlyTranslatedFileTwice_SecondIsAlreadyApplied()
    {
        var fixture = new ExchangeFixture();
        var file = (await ExportedFileAsync(fixture, ExchangeFormat.Xliff12)).Replace(">ketamine<", ">kétamine<", StringComparison.Ordinal);
        Assert.Equal(TranslationImportStatus.Success, (await fixture.ImportAsync(file)).Status);

        var again = await fixture.ImportAsync(file);

        Assert.Equal(TranslationImportStatus.AlreadyApplied, again.Status);
    }

    [Theory]
    [InlineData("5–10 min")]
    [InlineData("CRPS")]
    [InlineData("Spravato")]
    public async Task Import_TextLegitimatelyTheSameInFrench_IsImported(string text)
    {
        var pair = new LanguagePair("en-GB", "fr-FR");
        var fixture = new ExchangeFixture(glossary: new InMemoryGlossaryStore([GlossaryEntry.DoNotTranslateTerm(pair, "Spravato")]));
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB", [new TranslatedField(Medication, FieldKind.PlainText, text)]);

        var report = await fixture.ImportAsync(await ExportedFileAsync(fixture, ExchangeFormat.Xliff12));

        Assert.Equal(FieldImportOutcome.Imported, Assert.Single(report.Documents).Fields.Single(f => f.Path == Medication.Value).Outcome);
        Assert.Equal(TranslationStatus.Translated, (await fixture.States.FindAsync(IntranasalRouteKey, "fr-FR", Medication))!.Status);
    }

    [Fact]
    public async Task Import_MinimumLetterCountRaised_TakesLongerIdenticalTextAsLegitimate()
    {
        var fixture = new ExchangeFixture(new TranslationExchangeOptions { CopiedSourceMinLetters = 9 });

        var report = await fixture.ImportAsync(await ExportedFileAsync(fixture, ExchangeFormat.Xliff12));

        var fields = Assert.Single(report.Documents).Fields;
        Assert.Equal(FieldImportOutcome.Imported, fields.Single(f => f.Path == Medication.Value).Outcome);
        Assert.Equal(FieldImportOutcome.SourceCopied, fields.Single(f => f.Path == TreatmentRouteType.HowItWorks).Outcome);
    }

    private static async Task<string> ExportedFileAsync(ExchangeFixture fixture, ExchangeFormat format) =>
        Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync(format)).Files).Content.Span);

    [Fact]
    public async Task LabelAsync_ReportOfACopiedFile_NamesTheDocumentAndLabelsEachFieldInTheReadersLanguage()
    {
        var fixture = new ExchangeFixture();
        var report = await fixture.ImportAsync(await ExportedFileAsync(fixture, ExchangeFormat.Xliff12));

        var labelled = await fixture.Import.LabelAsync(report, "es-ES");

        var document = Assert.Single(labelled.Documents);
        Assert.Equal("Intranasal ketamine", document.DocumentName);
        Assert.Equal("Nombre de la página", document.Fields.Single(f => f.Path == FieldPath.NodeName.Value).Label);
        Assert.Contains(document.Fields, f => f.Label == "Beneficio 2 › Título");
        Assert.StartsWith("Todas las traducciones del archivo", document.Reason, StringComparison.Ordinal);
        Assert.All(document.Fields, f => Assert.StartsWith("La traducción es el texto de origen sin cambios", f.Reason, StringComparison.Ordinal));
    }
}
