using System.Text;
using System.Xml.Linq;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Tests.Xliff;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslationExchangeTests
{
    private static readonly FieldPath Medication = FieldPath.Of(TreatmentRouteType.Medication);

    [Fact]
    public async Task ExportThenImport_PseudoTranslatedXliff_SavesTheFrenchDraftAndMarksEveryFieldTranslated()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync();
        Assert.True(export.Succeeded);
        var sent = TranslatableUnits.Of(IntranasalRoute());
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.InTranslation, s.Status));

        var report = await fixture.ImportAsync(PseudoTranslate(File(export)));

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var french = CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR");
        Assert.Equal("[fr] Intranasal ketamine", french.Name);
        Assert.Equal("[fr] ketamine", TranslatableUnits.TextAt(french, Medication));
        Assert.StartsWith("<p>[fr] Intranasal ketamine is a liquid", TranslatableUnits.TextAt(french, FieldPath.Of(TreatmentRouteType.HowItWorks)), StringComparison.Ordinal);
        Assert.Equal(sent.Count, report.Documents.Single().Fields.Count(f => f.Outcome == FieldImportOutcome.Imported));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.Translated, s.Status));
        Assert.Equal([(IntranasalRouteKey, "fr-FR", ExchangeFixture.Claire.Reference)], fixture.Drafts.Saves);
        Assert.Equal("Intranasal ketamine", CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "en-GB").Name);
    }

    [Theory]
    [InlineData(ExchangeFormat.Xliff21, "urn:oasis:names:tc:xliff:document:2.0")]
    [InlineData(ExchangeFormat.Xliff22, "urn:oasis:names:tc:xliff:document:2.2")]
    public async Task ExportThenImport_Xliff2_SavesTheFrenchDraft(ExchangeFormat format, string rootNamespace)
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync(format);
        Assert.Equal(rootNamespace, XDocument.Parse(File(export)).Root!.Name.NamespaceName);

        var report = await fixture.ImportAsync(PseudoTranslate(File(export)));

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var french = CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR");
        Assert.Equal("[fr] ketamine", TranslatableUnits.TextAt(french, Medication));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.Translated, s.Status));
    }

    [Fact]
    public async Task Import_SourceChangedAfterExport_ImportsTheFieldAsNeedingReviewWithTheDiff()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync();
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB",
            [new(Medication, Core.Schema.FieldKind.PlainText, "esketamine")]);

        var report = await fixture.ImportAsync(PseudoTranslate(File(export)));

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var field = report.Documents.Single().Fields.Single(f => f.Path == Medication.Value);
        Assert.Equal(FieldImportOutcome.ImportedNeedsReview, field.Outcome);
        Assert.Equal(("ketamine", "esketamine"), (field.SourceChange!.OldSourceText, field.SourceChange.NewSourceText));
        Assert.Equal(TranslationStatus.Outdated, (await fixture.States.FindAsync(IntranasalRouteKey, "fr-FR", Medication))!.EffectiveStatus);
    }

    [Fact]
    public async Task Import_TranslatorOutsideTheJobsLanguage_RefusedAndNothingSaved()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync();

        var report = await fixture.ImportAsync(PseudoTranslate(File(export)), Ana);

        Assert.Equal(TranslationImportStatus.CultureNotAllowed, report.Status);
        Assert.Contains("may not import into fr-FR", report.Messages.Single(), StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.InTranslation, s.Status));
    }

    [Fact]
    public async Task Import_AJobIdNoExportCreated_RefusedAsUnknownJob()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync();
        var forged = File(export).Replace(export.Job!.JobId, "cp-20260101-000000000000000", StringComparison.Ordinal);

        var report = await fixture.ImportAsync(forged);

        Assert.Equal(TranslationImportStatus.UnknownJob, report.Status);
        Assert.Equal("No export created job cp-20260101-000000000000000.", report.Messages.Single());
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task Import_OneUnitWithAnInventedCode_LeavesTheDocumentUnchangedAndSaysWhichUnit()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync();
        var broken = XDocument.Parse(PseudoTranslate(File(export)), LoadOptions.PreserveWhitespace);
        broken.Descendants(XliffTestJobs.Ns + "target").Last().Add(new XElement(XliffTestJobs.Ns + "x", new XAttribute("id", "99")));

        var report = await fixture.ImportAsync(XliffTestJobs.Serialize(broken));

        Assert.Equal(TranslationImportStatus.NothingApplied, report.Status);
        var document = report.Documents.Single();
        Assert.False(document.Applied);
        var rejected = Assert.Single(document.Fields, f => f.Outcome == FieldImportOutcome.Rejected);
        Assert.Contains("99", rejected.Reason!, StringComparison.Ordinal);
        Assert.Contains(document.Fields, f => f.Outcome == FieldImportOutcome.NotApplied);
        Assert.Empty(fixture.Drafts.Saves);
        Assert.Null(fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
    }

    [Fact]
    public async Task ExportThenImport_Markdown_SavesTheTranslatedFields()
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync(ExchangeFormat.Markdown);
        var markdown = Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
        Assert.EndsWith(".md", export.Files[0].FileName, StringComparison.Ordinal);

        var report = await fixture.ImportAsync(markdown.Replace("\nketamine\n", "\nkétamine\n", StringComparison.Ordinal));

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        Assert.Equal("kétamine", TranslatableUnits.TextAt(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR"), Medication));
    }

    [Fact]
    public async Task Export_FieldsApprovedAndCurrent_AreLeftOutOfTheFile()
    {
        var fixture = new ExchangeFixture();
        var medication = TranslatableUnits.Of(IntranasalRoute()).Single(u => u.Path == Medication);
        await ApproveAsync(fixture.Workflow, medication, "es-ES");

        var export = await fixture.ExportRouteAsync(culture: "es-ES", actor: Ana);

        Assert.True(export.Succeeded);
        Assert.DoesNotContain(export.Job!.Export.Documents.Single().Units, u => u.FieldPath == Medication.Value);
        Assert.Equal(TranslationStatus.Approved, (await fixture.States.FindAsync(IntranasalRouteKey, "es-ES", Medication))!.Status);
    }

    [Theory]
    [InlineData("en-GB", TranslationExportStatus.TargetIsSourceCulture)]
    [InlineData("de-DE", TranslationExportStatus.CultureNotAllowed)]
    public async Task Export_CultureTheTranslatorCannotExportInto_RefusedWithoutAJob(string culture, TranslationExportStatus expected)
    {
        var fixture = new ExchangeFixture();

        var export = await fixture.ExportRouteAsync(culture: culture);

        Assert.Equal(expected, export.Status);
        Assert.Empty(await fixture.Jobs.GetByDocumentAsync(IntranasalRouteKey));
        Assert.Empty(await fixture.States.GetByDocumentAsync(IntranasalRouteKey));
    }

    [Theory]
    [InlineData(TreatmentRouteType.Medication, "ketamine\u0001", "U+0001")]
    [InlineData(TreatmentRouteType.HowItWorks, "<p>A spray&#1; in the nose.</p>", "U+0001")]
    [InlineData(TreatmentRouteType.Medication, "ketamine\uFFFF", "U+FFFF")]
    public async Task Export_SourceHoldsACharacterXliffCannotCarry_RefusedNamingTheFieldAndNothingRecorded(string alias, string value, string character)
    {
        var fixture = new ExchangeFixture();
        var kind = alias == TreatmentRouteType.HowItWorks ? FieldKind.RichText : FieldKind.PlainText;
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB", [new TranslatedField(FieldPath.Of(alias), kind, value)]);

        var export = await fixture.ExportRouteAsync();

        Assert.Equal(TranslationExportStatus.DocumentUnreadable, export.Status);
        var message = Assert.Single(export.Messages);
        Assert.Contains($"field {alias}", message, StringComparison.Ordinal);
        Assert.Contains(character, message, StringComparison.Ordinal);
        Assert.Empty(await fixture.States.GetByDocumentAsync(IntranasalRouteKey));
        Assert.Empty(await fixture.Jobs.GetByDocumentAsync(IntranasalRouteKey));
    }

    [Fact]
    public async Task Import_FileOverTheLimit_RefusedBeforeReading()
    {
        var fixture = new ExchangeFixture(new TranslationExchangeOptions { MaxFileBytes = 1024 });
        var export = await fixture.ExportRouteAsync();

        var report = await fixture.ImportAsync(File(export));

        Assert.Equal(TranslationImportStatus.FileTooLarge, report.Status);
    }

    private static string File(TranslationExportResult export) => Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);

    private static string PseudoTranslate(string xliff) => ExchangeFixture.PseudoTranslate(xliff);
}
