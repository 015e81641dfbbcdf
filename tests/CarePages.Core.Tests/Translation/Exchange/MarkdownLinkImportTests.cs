using System.Text;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class MarkdownLinkImportTests
{
    [Theory]
    [InlineData("[la guía](https://evil.example/guide)")]
    [InlineData("![guía](https://evil.example/pixel.png)")]
    [InlineData("<a href=\"//evil.example\">la guía</a>")]
    public async Task Import_MarkdownAddingALinkOrImage_FieldRefusedNamingItAndTheDraftUnchanged(string added)
    {
        var fixture = new ExchangeFixture();
        var export = await fixture.ExportRouteAsync(ExchangeFormat.Markdown);
        var markdown = Encoding.UTF8.GetString(Assert.Single(export.Files).Content.Span);
        var marker = markdown.Split('\n').First(l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));

        var report = await fixture.ImportAsync(markdown.Replace(marker, marker + $"\nLea {added}.\n", StringComparison.Ordinal));

        var document = report.Documents.Single();
        Assert.False(document.Applied);
        var rejected = Assert.Single(document.Fields, f => f.Outcome == FieldImportOutcome.Rejected);
        Assert.Equal(TreatmentRouteType.HowItWorks, rejected.Path);
        Assert.Contains("evil.example", rejected.Reason!, StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
        Assert.Null(fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.All(await fixture.States.GetByDocumentAsync(IntranasalRouteKey), s => Assert.Equal(TranslationStatus.InTranslation, s.Status));
    }
}
