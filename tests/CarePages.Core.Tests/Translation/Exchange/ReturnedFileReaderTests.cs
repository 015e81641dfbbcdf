using System.Text;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Messages;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>What a translator reads about a returned Markdown file, once the report is labelled in their interface language.</summary>
public sealed class ReturnedFileReaderTests
{
    [Fact]
    public async Task LabelAsync_MarkdownFileWithABrokenFieldLine_ReasonInArabicWithTheLineNumber()
    {
        var fixture = new ExchangeFixture();
        var lines = (await ExportedMarkdownAsync(fixture)).Split('\n');
        var broken = Array.FindIndex(lines, l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));
        lines[broken] = lines[broken].Replace("-->", string.Empty, StringComparison.Ordinal);

        var report = await fixture.ImportAsync(string.Join('\n', lines));
        var labelled = await fixture.Import.LabelAsync(report, "ar");

        var fields = Assert.Single(report.Documents).Fields;
        var line = fields.ToList().FindIndex(f => f.ReasonKey == MarkdownMessages.OnLine && f.Reason!.Contains("field line", StringComparison.Ordinal));
        Assert.Equal($"Line {broken + 1}: This line starts like a field line but is not one: write it as \"<!-- field: id -->\" on a line of its own.", fields[line].Reason);
        var arabic = Assert.Single(labelled.Documents).Fields[line];
        Assert.Equal($"السطر {broken + 1}: يبدأ هذا السطر كسطر حقل لكنه ليس كذلك: اكتبه بالشكل «<!-- field: id -->» في سطر مستقل.", arabic.Reason);
        Assert.Equal("الملف كله", arabic.Label);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task LabelAsync_MarkdownTranslationWithAScript_RemovalWarningInSpanish()
    {
        var fixture = new ExchangeFixture();
        var markdown = await ExportedMarkdownAsync(fixture);
        var marker = markdown.Split('\n').First(l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));
        var report = await fixture.ImportAsync(markdown.Replace(marker, marker + "\nUn aerosol nasal.\n\n<script>alert(1)</script>\n", StringComparison.Ordinal));

        var labelled = await fixture.Import.LabelAsync(report, "es-ES");

        var field = Assert.Single(labelled.Documents).Fields.Single(f => f.Path == TreatmentRouteType.HowItWorks);
        Assert.Contains("Se eliminó el elemento <script> con su contenido: no está permitido en el texto enriquecido.", field.Warnings!);
        Assert.Contains(ConversionMessages.ElementRemoved, field.WarningKeys!);
    }

    [Fact]
    public async Task LabelAsync_MarkdownHeaderNamingAnotherDocument_RefusalInFrench()
    {
        var fixture = new ExchangeFixture();
        var markdown = (await ExportedMarkdownAsync(fixture)).Replace(IntranasalRouteKey.ToString("D"), "00000000-0000-0000-0000-0000000000aa", StringComparison.Ordinal);

        var report = await fixture.ImportAsync(markdown);
        var labelled = await fixture.Import.LabelAsync(report, "fr-FR");

        Assert.Equal(TranslationImportStatus.FileRefused, report.Status);
        Assert.Equal($"The file's header names document 00000000-0000-0000-0000-0000000000aa, which is not part of job {report.JobId}.", Assert.Single(report.Messages));
        Assert.Equal($"L’en-tête du fichier désigne le document 00000000-0000-0000-0000-0000000000aa, qui ne fait pas partie de la tâche {report.JobId}.", Assert.Single(labelled.Messages));
    }

    private static async Task<string> ExportedMarkdownAsync(ExchangeFixture fixture) =>
        Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync(ExchangeFormat.Markdown)).Files).Content.Span);
}
