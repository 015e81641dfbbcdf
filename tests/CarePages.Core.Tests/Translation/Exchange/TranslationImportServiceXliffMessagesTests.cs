using System.Text;
using System.Xml.Linq;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Tests.Xliff;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslationImportServiceXliffMessagesTests
{
    [Fact]
    public async Task LabelAsync_XliffUnitLostAnInlineCode_ReasonIsInGermanAndEnglishUnchanged()
    {
        var fixture = new ExchangeFixture();
        var file = XDocument.Parse(await fixture.PseudoTranslatedRouteAsync(), LoadOptions.PreserveWhitespace);
        var code = file.Descendants(XliffTestJobs.Ns + "target").Descendants(XliffTestJobs.Ns + "g").First();
        var unitId = (string)code.Ancestors(XliffTestJobs.Ns + "trans-unit").First().Attribute("id")!;
        var codeId = (string)code.Attribute("id")!;
        code.ReplaceWith(code.Nodes());

        var report = await fixture.ImportAsync(XliffTestJobs.Serialize(file));
        var labelled = await fixture.Import.LabelAsync(report, "de-DE");

        var english = Assert.Single(report.Documents.Single().Fields, f => f.Outcome == FieldImportOutcome.Rejected);
        Assert.StartsWith($"Unit {unitId}: inline code <g id=\"{codeId}\"> (", english.Reason, StringComparison.Ordinal);
        Assert.EndsWith(") is missing from the target.", english.Reason, StringComparison.Ordinal);
        var german = Assert.Single(labelled.Documents.Single().Fields, f => f.Outcome == FieldImportOutcome.Rejected);
        Assert.StartsWith($"Unit {unitId}: Der Inline-Code <g id=\"{codeId}\"> (", german.Reason, StringComparison.Ordinal);
        Assert.EndsWith(") fehlt im Ziel.", german.Reason, StringComparison.Ordinal);
        Assert.Equal(XliffMessages.CodeMissing, german.ReasonKey);
    }

    [Fact]
    public async Task LabelAsync_XliffFileWithADoctype_RefusalIsInArabic()
    {
        var fixture = new ExchangeFixture();
        var file = await fixture.PseudoTranslatedRouteAsync();
        var at = file.IndexOf("<xliff", StringComparison.Ordinal);
        var withDoctype = file.Insert(at, "<!DOCTYPE xliff [<!ENTITY e \"x\">]>\n");
        var line = file[..at].Count(c => c == '\n') + 1;

        var report = await fixture.ImportAsync(withDoctype);
        var labelled = await fixture.Import.LabelAsync(report, "ar");

        Assert.Equal(TranslationImportStatus.FileRefused, report.Status);
        Assert.Equal(
            $"The file has a DOCTYPE; DTDs and entities are refused, as they can make a server read other files or run out of memory. Remove the DOCTYPE (line {line}) or send the file as CarePages exported it.",
            Assert.Single(report.Messages));
        var arabic = Assert.Single(labelled.Messages);
        Assert.StartsWith("يحتوي الملف على تعريف DOCTYPE؛", arabic, StringComparison.Ordinal);
        Assert.Contains($"احذف تعريف DOCTYPE (السطر {line})", arabic, StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task LabelAsync_XliffFileForAnotherJob_RefusalIsInSpanish()
    {
        var fixture = new ExchangeFixture();
        var first = Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync()).Files).Content.Span);
        var second = Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync()).Files).Content.Span);
        var document = XDocument.Parse(ExchangeFixture.PseudoTranslate(first), LoadOptions.PreserveWhitespace);
        var header = document.Descendants(XliffTestJobs.Ns + "phase").First();
        var firstJob = (string)header.Attribute("job-id")!;
        var secondJob = (string)XDocument.Parse(second).Descendants(XliffTestJobs.Ns + "phase").First().Attribute("job-id")!;
        var file = document.Root!.Element(XliffTestJobs.Ns + "file")!;
        file.AddAfterSelf(new XElement(file));
        file.ElementsAfterSelf().First().Descendants(XliffTestJobs.Ns + "phase").First().SetAttributeValue("job-id", secondJob);

        var report = await fixture.ImportAsync(XliffTestJobs.Serialize(document));
        var labelled = await fixture.Import.LabelAsync(report, "es-ES");

        Assert.Equal(TranslationImportStatus.UnknownJob, report.Status);
        Assert.EndsWith($"belongs to job {secondJob}, not to job {firstJob}.", Assert.Single(report.Messages), StringComparison.Ordinal);
        Assert.EndsWith($"pertenece al trabajo {secondJob}, no al trabajo {firstJob}.", Assert.Single(labelled.Messages), StringComparison.Ordinal);
    }
}
