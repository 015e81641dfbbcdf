using System.Text;
using System.Xml.Linq;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslationExchangeGlossaryTests
{
    [Theory]
    [InlineData(ExchangeFormat.Xliff12)]
    [InlineData(ExchangeFormat.Xliff21)]
    public async Task Export_SourceUsesAGlossaryTerm_TellsTheTranslatorTheRequiredFrenchTerm(ExchangeFormat format)
    {
        var fixture = new ExchangeFixture(glossary: new InMemoryGlossaryStore(StarterGlossary.KetamineClinic));

        var export = await fixture.ExportRouteAsync(format);

        var notes = XDocument.Parse(Encoding.UTF8.GetString(export.Files[0].Content.Span)).Descendants()
            .Where(e => e.Name.LocalName == "note" && ((string?)e.Attribute("from") ?? (string?)e.Attribute("category")) == GlossaryHints.NoteAuthor)
            .Select(e => e.Value)
            .ToArray();
        Assert.Contains(notes, n => n.StartsWith("Glossary: ketamine → kétamine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_TranslationWithoutTheRequiredTerm_WarnsButImports()
    {
        var fixture = new ExchangeFixture(glossary: new InMemoryGlossaryStore(StarterGlossary.KetamineClinic));
        var export = await fixture.ExportRouteAsync();
        var document = XDocument.Parse(Encoding.UTF8.GetString(export.Files[0].Content.Span), LoadOptions.PreserveWhitespace);
        foreach (var text in document.Descendants().Where(e => e.Name.LocalName == "target").SelectMany(t => t.DescendantNodes()).OfType<XText>())
        {
            text.Value = text.Value.Replace("ketamine", "quétamine", StringComparison.OrdinalIgnoreCase);
        }

        var report = await fixture.ImportAsync(document.ToString(SaveOptions.DisableFormatting));

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var medication = report.Documents.Single().Fields.Single(f => f.Path == "medication");
        Assert.Contains(medication.Warnings!, w => w.Contains("kétamine", StringComparison.Ordinal));
        Assert.Equal(IntranasalRouteKey, report.Documents.Single().DocumentKey);
    }

    [Theory]
    [InlineData("es", "«ketamine» debe traducirse como «kétamine», y la traducción no lo contiene.")]
    [InlineData("ar", "يجب أن يُترجم «ketamine» إلى «kétamine»، ولا تتضمنه الترجمة.")]
    public async Task LabelAsync_GlossaryWarning_IsInTheReadersLanguageAndKeyed(string uiCulture, string expected)
    {
        var fixture = new ExchangeFixture(glossary: new InMemoryGlossaryStore(StarterGlossary.KetamineClinic));
        var export = await fixture.ExportRouteAsync();
        var document = XDocument.Parse(Encoding.UTF8.GetString(export.Files[0].Content.Span), LoadOptions.PreserveWhitespace);
        foreach (var target in document.Descendants().Where(e => e.Name.LocalName == "target").Where(t => t.Parent?.Attribute("id")?.Value == "medication"))
        {
            target.Value = "quétamine";
        }

        var report = await fixture.Import.LabelAsync(await fixture.ImportAsync(document.ToString(SaveOptions.DisableFormatting)), uiCulture);

        var medication = report.Documents.Single().Fields.Single(f => f.Path == "medication");
        Assert.Equal(expected, Assert.Single(medication.Warnings!));
        Assert.Equal("glossary-term-missing", Assert.Single(medication.WarningKeys!));
    }

    [Fact]
    public async Task Import_MarkdownFieldMissingTheTermInSeveralParagraphs_WarnsOnceForTheField()
    {
        var fixture = new ExchangeFixture(glossary: new InMemoryGlossaryStore(StarterGlossary.KetamineClinic));
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB",
            [new TranslatedField(FieldPath.Of(TreatmentRouteType.HowItWorks), FieldKind.RichText, "<p>You spray ketamine into your nose.</p><p>The ketamine passes into your blood.</p><p>Ketamine works quickly.</p>")]);
        var export = await fixture.ExportRouteAsync(ExchangeFormat.Markdown);
        var markdown = Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
        var body = markdown.IndexOf("<!-- field:", StringComparison.Ordinal);
        var translated = markdown[..body] + markdown[body..].Replace("ketamine", "quétamine", StringComparison.OrdinalIgnoreCase);

        var report = await fixture.ImportAsync(translated);

        Assert.Equal(TranslationImportStatus.Success, report.Status);
        var howItWorks = report.Documents.Single().Fields.Single(f => f.Path == "howItWorks");
        Assert.Single(howItWorks.Warnings!, w => w.Contains("kétamine", StringComparison.Ordinal));
    }
}
