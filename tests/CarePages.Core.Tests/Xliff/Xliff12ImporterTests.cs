using System.Text;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class Xliff12ImporterTests
{
    private const string LinkParagraph = "<p>Call <a href=\"https://111.nhs.uk\" class=\"external\">NHS <strong>111</strong></a> if you feel unwell.</p>";

    [Fact]
    public void Import_Xliff12PhInTheTarget_UnitRejectedBecauseTheExportNeverUsesIt()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var edited = XliffTestJobs.WithTarget(Xliff12Writer.WriteToString(job), "body#1", "Llame al <ph id=\"1\">&lt;a&gt;</ph> <g id=\"1\">NHS <g id=\"2\">111</g></g>.");

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Equal(
            "Unit body#1: the target holds <ph>, which this export never uses; keep only the source's <g> and <x/> codes.",
            Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason);
    }

    [Fact]
    public void Import_HrefChangedByTranslator_SourceHrefKept()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff12Writer.WriteToString(job).Replace("<g id=\"1\" ctype=\"link\"", "<g id=\"1\" ctype=\"link\" equiv-text=\"https://evil.example\"", StringComparison.Ordinal);
        var edited = XliffTestJobs.WithTarget(xliff, "body#1", "Llame al <g id=\"1\" ctype=\"x-html-a\">NHS <g id=\"2\">111</g></g>.");

        var result = Xliff12Importer.Import(edited, job);

        Assert.Equal("<p>Llame al <a href=\"https://111.nhs.uk\">NHS <strong>111</strong></a>.</p>", XliffAssert.Field(result, "body"));
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
    public void Import_EntityExpansionBomb_RefusedAsDtd()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"en-GB\" datatype=\"html\"><body><trans-unit id=\"a\"><source>&lol3;</source></trans-unit></body></file></xliff>";

        XliffAssert.Refused(Xliff12Importer.Import(bomb, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.DtdNotAllowed, "DOCTYPE");
    }

    [Fact]
    public void Import_ExternalEntity_RefusedAsDtd()
    {
        const string external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">&e;</xliff>";

        XliffAssert.Refused(Xliff12Importer.Import(external, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.DtdNotAllowed, "DOCTYPE");
    }

    [Fact]
    public void Import_OverTheSizeLimit_RefusedBeforeParsing()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var notEvenXml = Encoding.UTF8.GetBytes(new string('<', 2048));
        using var stream = new MemoryStream(notEvenXml);

        var result = Xliff12Importer.Import(stream, job, new XliffImportOptions { MaxFileBytes = 1024 });

        XliffAssert.Refused(result, XliffImportStatus.FileTooLarge, "larger than the limit of 1,024 bytes");
    }

    [Fact]
    public void Import_NonSeekableStreamOverTheLimit_Refused()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(Xliff12Writer.WriteToString(job)));

        XliffAssert.Refused(Xliff12Importer.Import(stream, job, new XliffImportOptions { MaxFileBytes = 100 }), XliffImportStatus.FileTooLarge, "limit");
    }

    [Fact]
    public void Import_NotWellFormed_Refused()
    {
        XliffAssert.Refused(Xliff12Importer.Import("<xliff version=\"1.2\"><file>", XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.NotWellFormed, "not well-formed");
    }

    [Fact]
    public void Import_Xliff20File_RefusedAsNotXliff12()
    {
        const string xliff20 = "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en-GB\"><file id=\"f1\"/></xliff>";

        XliffAssert.Refused(Xliff12Importer.Import(xliff20, XliffTestJobs.OnePage(LinkParagraph)), XliffImportStatus.NotXliff12, "not an XLIFF 1.2");
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
