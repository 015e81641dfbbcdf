using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>One rich-text field with everything a page must not carry, imported as XLIFF and as Markdown: one sanitiser, one result.</summary>
public sealed class HostileRichTextImportTests
{
    private static readonly FieldPath HowItWorks = FieldPath.Of(TreatmentRouteType.HowItWorks);

    [Fact]
    public async Task Import_SameHostileFieldAsXliffAndAsMarkdown_SameDraftAndSameRemovalsReported()
    {
        var (xliffDraft, xliffField) = await ImportXliffAsync();
        var (markdownDraft, markdownField) = await ImportMarkdownAsync();

        Assert.Equal("<p>[fr] Ketamine is given <a>as a spray</a>.</p><p><img alt=\"[fr] A nasal spray\"></p>", xliffDraft);
        Assert.Equal(xliffDraft, markdownDraft);
        Assert.Equal(
            [ConversionMessages.AttributeRemoved, ConversionMessages.AttributeRemoved, ConversionMessages.AddressRemoved, ConversionMessages.AddressRemoved, ConversionMessages.ElementRemoved, ConversionMessages.ElementRemoved],
            xliffField.WarningKeys);
        Assert.Equal(xliffField.Warnings, markdownField.Warnings);
        Assert.Contains("The style attribute of <p> was removed: it is not allowed in rich text.", markdownField.Warnings!);
        Assert.Contains("The address \"data:image/png;base64,iVBORw0KGgo=\" was removed: only web, mail and phone addresses are allowed.", xliffField.Warnings!);
    }

    private static async Task<(string Draft, FieldImportReport Field)> ImportXliffAsync()
    {
        var fixture = WithHostileSource();
        var export = await fixture.ExportRouteAsync();

        var report = await fixture.ImportAsync(ExchangeFixture.PseudoTranslate(File(export)));

        return (FrenchHowItWorks(fixture), report.Documents.Single().Fields.Single(f => f.Path == HowItWorks.Value));
    }

    private static async Task<(string Draft, FieldImportReport Field)> ImportMarkdownAsync()
    {
        var fixture = WithHostileSource();
        var lines = File(await fixture.ExportRouteAsync(ExchangeFormat.Markdown)).Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));
        var next = lines.FindIndex(start + 1, l => l.StartsWith("<!-- field:", StringComparison.Ordinal));
        lines.RemoveRange(start + 1, (next < 0 ? lines.Count : next) - start - 1);
        lines.Insert(start + 1, Hostile("[fr] ") + "\n");

        var report = await fixture.ImportAsync(string.Join('\n', lines));

        return (FrenchHowItWorks(fixture), report.Documents.Single().Fields.Single(f => f.Path == HowItWorks.Value));
    }

    /// <summary>A style attribute, an event handler, a <c>javascript:</c> link, a <c>data:</c> image, a script and an iframe.</summary>
    private static string Hostile(string prefix) =>
        $"<p style=\"color:red\" onclick=\"steal()\">{prefix}Ketamine is given <a href=\"javascript:steal()\">as a spray</a>.</p>"
        + $"<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"{prefix}A nasal spray\"></p>"
        + "<script>steal()</script><iframe src=\"https://evil.example\"></iframe>";

    private static ExchangeFixture WithHostileSource()
    {
        var fixture = new ExchangeFixture();
        var source = Hostile(string.Empty);
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "en-GB", [new TranslatedField(HowItWorks, FieldKind.RichText, source)]);
        return fixture;
    }

    private static string FrenchHowItWorks(ExchangeFixture fixture) =>
        TranslatableUnits.TextAt(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR"), HowItWorks) ?? string.Empty;

    private static string File(TranslationExportResult export) => Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
}
