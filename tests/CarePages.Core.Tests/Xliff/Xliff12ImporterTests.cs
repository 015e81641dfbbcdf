using System.Text;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class Xliff12ImporterTests
{
    private const string LinkParagraph = "<p>Call <a href=\"https://111.nhs.uk\" class=\"external\">NHS <strong>111</strong></a> if you feel unwell.</p>";

    public static TheoryData<Guid> SampleDocumentKeys()
    {
        var data = new TheoryData<Guid>();
        foreach (var document in XliffTestJobs.SampleClinicJob().Documents)
        {
            data.Add(document.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleDocumentKeys))]
    public void Import_SampleDocumentExportedWithSourceCopied_GivesBackIdenticalValues(Guid key)
    {
        var job = XliffTestJobs.SampleClinicJob();
        var result = Xliff12Importer.Import(Xliff12Writer.WriteToString(job), job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        var imported = Assert.Single(result.Documents, d => d.Key == key);
        Assert.True(imported.Applied);
        var expected = job.Documents.Single(d => d.Key == key).Units;
        Assert.Equal(expected.Select(u => (u.FieldPath, u.Source)), imported.Fields.Select(f => (f.FieldPath, f.Value)));
    }

    [Fact]
    public void Import_TargetTextChangedInsideCodes_NewTextSameStructure()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1",
            "Llame al <g id=\"1\" ctype=\"link\">servicio <g id=\"2\" ctype=\"bold\">111</g> del NHS</g> si se encuentra mal.");

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal(
            "<p>Llame al <a href=\"https://111.nhs.uk\" class=\"external\">servicio <strong>111</strong> del NHS</a> si se encuentra mal.</p>",
            Field(result, "body"));
        Assert.Equal("Ketamine treatment", Field(result, "pageTitle"));
    }

    [Fact]
    public void Import_CodesReorderedByTranslator_KeptInTheNewOrder()
    {
        var job = XliffTestJobs.OnePage("<p><strong>Red</strong> and <em>blue</em></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "<g id=\"2\">azul</g> y <g id=\"1\">rojo</g>");

        Assert.Equal("<p><em>azul</em> y <strong>rojo</strong></p>", Field(Xliff12Importer.Import(edited, job), "body"));
    }

    [Fact]
    public void Import_HrefChangedByTranslator_SourceHrefKept()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job).Replace("<g id=\"1\" ctype=\"link\"", "<g id=\"1\" ctype=\"link\" equiv-text=\"https://evil.example\"", StringComparison.Ordinal);
        var edited = XliffTestJobs.WithTarget(xliff, "body#1", "Llame al <g id=\"1\" ctype=\"x-html-a\">NHS <g id=\"2\">111</g></g>.");

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal("<p>Llame al <a href=\"https://111.nhs.uk\" class=\"external\">NHS <strong>111</strong></a>.</p>", Field(result, "body"));
    }

    [Fact]
    public void Import_TranslatedAlt_ComesBackIntoTheImage()
    {
        var job = XliffTestJobs.OnePage("<p>Where we are: <img src=\"/map.png\" alt=\"Map of the clinic\"></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1@1.alt", "Mapa de la clínica");
        edited = XliffTestJobs.WithTarget(edited, "body#1", "Dónde estamos: <x id=\"1\"/>");

        Assert.Equal("<p>Dónde estamos: <img src=\"/map.png\" alt=\"Mapa de la clínica\"></p>", Field(Xliff12Importer.Import(edited, job), "body"));
    }

    [Theory]
    [InlineData("Llame al NHS <g id=\"2\">111</g>.", "Unit body#1: inline code <g id=\"1\"> (a) is missing from the target.")]
    [InlineData("Llame al <g id=\"1\">NHS <g id=\"2\">111</g></g> <g id=\"3\">ya</g>.", "Unit body#1: the target has inline code <g id=\"3\">, which is not in the source.")]
    [InlineData("Llame al <g id=\"9\">NHS <g id=\"2\">111</g></g>.", "Unit body#1: the target has inline code <g id=\"9\">, which is not in the source. Unit body#1: inline code <g id=\"1\"> (a) is missing from the target.")]
    [InlineData("Llame al <g id=\"1\">NHS</g> <g id=\"1\">111</g> <g id=\"2\">x</g>.", "Unit body#1: inline code <g id=\"1\"> (a) appears more than once in the target.")]
    [InlineData("Llame al <x id=\"1\"/> <g id=\"2\">111</g>.", "Unit body#1: inline code id 1 is <g id=\"1\"> (a) in the source but <x> in the target.")]
    [InlineData("Llame al <ph id=\"1\">&lt;a&gt;</ph> <g id=\"1\">NHS <g id=\"2\">111</g></g>.", "Unit body#1: the target holds <ph>, which this export never uses; keep only the source's <g> and <x/> codes.")]
    public void Import_BrokenInlineCodes_UnitRejectedWithPreciseMessageAndNothingApplied(string target, string reason)
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", target);

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        var report = Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected);
        Assert.Equal(reason, report.Reason);
        var document = Assert.Single(result.Documents);
        Assert.False(document.Applied);
        Assert.Empty(document.Fields);
    }

    [Fact]
    public void Import_OneDocumentRejected_OtherDocumentsStillApplied()
    {
        var job = XliffTestJobs.SampleClinicJob();
        var xliff = Xliff12Writer.WriteToString(job);
        var first = job.Documents[0];
        var broken = XliffTestJobs.WithTarget(xliff, first.Units[0].Id, "<g id=\"1\">x</g>", first.Key);

        var result = Xliff12Importer.Import(broken, job);

        Assert.Equal(XliffImportStatus.PartlyApplied, result.Status);
        Assert.False(result.Documents.Single(d => d.Key == first.Key).Applied);
        Assert.Equal(job.Documents.Count - 1, result.AppliedDocuments.Count());
    }

    [Fact]
    public void Import_TitleOverTheLimit_Rejected()
    {
        var job = XliffTestJobs.OnePage("<p>x</p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "pageTitle", new string('a', 61));

        var report = Assert.Single(Xliff12Importer.Import(edited, job).Units, u => u.Outcome == XliffUnitOutcome.Rejected);
        Assert.Equal("Unit pageTitle: the target is 61 characters long; Page title allows at most 60.", report.Reason);
    }

    [Fact]
    public void Import_UnitWithoutTarget_RejectedAsUntranslated()
    {
        var job = XliffTestJobs.OnePage("<p>x</p>", copySource: false);

        var result = Xliff12Importer.Import(Xliff12Writer.WriteToString(job), job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Contains(result.Units, u => u.Reason == "Unit pageTitle has no target.");
    }

    [Fact]
    public void Import_ScriptTypedIntoTarget_StaysTextNeverMarkup()
    {
        var job = XliffTestJobs.OnePage("<p>Hello <strong>you</strong></p>");
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "&lt;script&gt;alert(1)&lt;/script&gt; <g id=\"1\">hola</g>");

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>hola</strong></p>", Field(Xliff12Importer.Import(edited, job), "body"));
    }

    [Fact]
    public void Import_OnclickAttributeAddedToACode_RefusedBySchema()
    {
        var job = XliffTestJobs.OnePage("<p>Hello <strong>you</strong></p>");
        var edited = Xliff12Writer.WriteToString(job).Replace("<target state=\"new\">Hello <g id=\"1\"", "<target state=\"new\">Hello <g onclick=\"alert(1)\" id=\"1\"", StringComparison.Ordinal);

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.SchemaInvalid, result.Status);
        Assert.Contains("onclick", Assert.Single(result.Messages), StringComparison.Ordinal);
        Assert.Empty(result.Documents);
    }

    [Fact]
    public void Import_ScriptAndHandlersInTheSource_RemovedFromTheImportedHtml()
    {
        var job = XliffTestJobs.OnePage("<p onclick=\"steal()\">Hi <a href=\"javascript:steal()\">there</a></p><script>steal()</script>");

        var field = Xliff12Importer.Import(Xliff12Writer.WriteToString(job), job).Documents.Single().Fields.Single(f => f.FieldPath == "body");

        Assert.Equal("<p>Hi <a>there</a></p>", field.Value);
        Assert.Equal(["onclick on <p>", "href on <a>", "<script>"], field.Removed);
    }

    [Fact]
    public void Import_WrongTargetLanguage_RefusedNothingApplied()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job).Replace("target-language=\"es-ES\"", "target-language=\"fr-FR\"", StringComparison.Ordinal);

        AssertRefused(Xliff12Importer.Import(xliff, job), XliffImportStatus.WrongTargetLanguage, "target language \"fr-FR\"");
    }

    [Fact]
    public void Import_AnotherJobsFile_RefusedNothingApplied()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job with { JobId = "job-other" });

        AssertRefused(Xliff12Importer.Import(xliff, job), XliffImportStatus.UnknownJob, "belongs to job job-other, not to job job-2024-001");
    }

    [Fact]
    public void Import_UnknownUnit_RejectedNothingApplied()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job).Replace("id=\"pageTitle\"", "id=\"pageTitle2\"", StringComparison.Ordinal);

        var result = Xliff12Importer.Import(xliff, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Contains(result.Units, u => u.Reason == $"Unit pageTitle2 is not part of job {XliffTestJobs.JobId} for document {XliffTestJobs.PageKey:D}.");
        Assert.Contains(result.Units, u => u.Reason == "Unit pageTitle is missing from the file.");
        Assert.Empty(result.AppliedDocuments);
    }

    [Fact]
    public void Import_DuplicateUnitIds_RefusedNothingApplied()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job).Replace("id=\"body#1\"", "id=\"pageTitle\"", StringComparison.Ordinal);

        AssertRefused(Xliff12Importer.Import(xliff, job), XliffImportStatus.DuplicateUnitIds, "unit id \"pageTitle\" is used by 2 trans-units");
    }

    [Fact]
    public void Import_EntityExpansionBomb_RefusedAsDtd()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"en-GB\" datatype=\"html\"><body><trans-unit id=\"a\"><source>&lol3;</source></trans-unit></body></file></xliff>";

        AssertRefused(Xliff12Importer.Import(bomb, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.DtdNotAllowed, "DOCTYPE");
    }

    [Fact]
    public void Import_ExternalEntity_RefusedAsDtd()
    {
        const string external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">&e;</xliff>";

        AssertRefused(Xliff12Importer.Import(external, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.DtdNotAllowed, "DOCTYPE");
    }

    [Fact]
    public void Import_OverTheSizeLimit_RefusedBeforeParsing()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var notEvenXml = Encoding.UTF8.GetBytes(new string('<', 2048));
        using var stream = new MemoryStream(notEvenXml);

        var result = Xliff12Importer.Import(stream, job, new XliffImportOptions { MaxFileBytes = 1024 });

        AssertRefused(result, XliffImportStatus.FileTooLarge, "larger than the limit of 1,024 bytes");
    }

    [Fact]
    public void Import_NonSeekableStreamOverTheLimit_Refused()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(Xliff12Writer.WriteToString(job)));

        AssertRefused(Xliff12Importer.Import(stream, job, new XliffImportOptions { MaxFileBytes = 100 }), XliffImportStatus.FileTooLarge, "limit");
    }

    [Fact]
    public void Import_NotWellFormed_Refused()
    {
        AssertRefused(Xliff12Importer.Import("<xliff version=\"1.2\"><file>", XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.NotWellFormed, "not well-formed");
    }

    [Fact]
    public void Import_Xliff20File_RefusedAsNotXliff12()
    {
        const string xliff20 = "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en-GB\"><file id=\"f1\"/></xliff>";

        AssertRefused(Xliff12Importer.Import(xliff20, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.NotXliff12, "not an XLIFF 1.2");
    }

    [Fact]
    public void Import_TargetWithPredefinedEntities_Accepted()
    {
        var job = XliffTestJobs.OnePage("<p>Fish &amp; chips</p>");

        Assert.Equal("<p>Fish &amp; chips</p>", Field(Xliff12Importer.Import(Xliff12Writer.WriteToString(job), job), "body"));
    }

    private static string Field(XliffImportResult result, string path) =>
        Assert.Single(result.Documents).Fields.Single(f => f.FieldPath == path).Value;

    private static void AssertRefused(XliffImportResult result, XliffImportStatus status, string messagePart)
    {
        Assert.Equal(status, result.Status);
        Assert.Contains(messagePart, Assert.Single(result.Messages), StringComparison.Ordinal);
        Assert.Empty(result.Documents);
        Assert.Empty(result.AppliedDocuments);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
