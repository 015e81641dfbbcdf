using System.Xml.Linq;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class Xliff12WriterTests
{
    private static readonly XNamespace Ns = XliffTestJobs.Ns;

    [Fact]
    public void Write_SampleClinic_ValidatesAgainstTheStrictSchema()
    {
        var xliff = Xliff12Writer.WriteToString(XliffTestJobs.SampleClinicJob());

        Assert.Empty(Xliff12Schema.Faults(XliffTestJobs.Parse(xliff)));
    }

    [Fact]
    public void Write_SampleClinicWithExistingSpanishTargets_ValidatesAndFillsTranslatedTargets()
    {
        var xliff = Xliff12Writer.WriteToString(XliffTestJobs.SampleClinicJob(withExistingTargets: true));
        var document = XliffTestJobs.Parse(xliff);

        Assert.Empty(Xliff12Schema.Faults(document));
        Assert.Contains(document.Descendants(Ns + "target"), t => (string?)t.Attribute("state") == "translated" && t.Value.Contains("Ketamina", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Job_OneFilePerDocumentWithJobIdLanguagesAndDocumentKey()
    {
        var document = XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage("<p>Hello</p>")));

        var file = Assert.Single(document.Descendants(Ns + "file"));
        Assert.Equal(XliffTestJobs.PageKey.ToString("D"), (string?)file.Attribute("original"));
        Assert.Equal("en-GB", (string?)file.Attribute("source-language"));
        Assert.Equal("es-ES", (string?)file.Attribute("target-language"));
        Assert.Equal("html", (string?)file.Attribute("datatype"));
        Assert.Equal(XliffTestJobs.JobId, (string?)file.Descendants(Ns + "phase").Single().Attribute("job-id"));
    }

    [Fact]
    public void Write_RichText_OneUnitPerBlockWithInlineCodesNotEscapedHtml()
    {
        var html = "<h2>Before you come</h2><p>Bring <strong>your medicines</strong> and read <a href=\"https://111.nhs.uk\">NHS 111</a>.<br>Thanks.</p><ul><li>One</li><li>Two</li></ul>";

        var document = XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage(html)));

        var ids = document.Descendants(Ns + "trans-unit").Select(u => (string?)u.Attribute("id")).ToList();
        Assert.Equal(["pageTitle", "body#1", "body#2", "body#3", "body#4"], ids);
        var source = XliffTestJobs.Unit(document, "body#2").Element(Ns + "source")!;
        Assert.Equal(
            "Bring <g id=\"1\" ctype=\"bold\" clone=\"no\">your medicines</g> and read <g id=\"2\" ctype=\"link\" clone=\"no\">NHS 111</g>.<x id=\"3\" ctype=\"lb\" clone=\"no\" />Thanks.",
            string.Concat(source.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Replace($" xmlns=\"{Ns}\"", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("https://111.nhs.uk", document.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ImageAltAndLinkTitle_SeparateUnitsTheCodesPointAt()
    {
        var html = "<p>See <img src=\"/map.png\" alt=\"Map of the clinic\"> and <a href=\"/book\" title=\"Book online\">book</a>.</p>";

        var document = XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage(html)));

        Assert.Equal("Map of the clinic", XliffTestJobs.Unit(document, "body#1@1.alt").Element(Ns + "source")!.Value);
        Assert.Equal("Book online", XliffTestJobs.Unit(document, "body#1@2.title").Element(Ns + "source")!.Value);
        var codes = XliffTestJobs.Unit(document, "body#1").Element(Ns + "source")!.Elements().ToList();
        Assert.Equal("body#1@1.alt", (string?)codes[0].Attribute("xid"));
        Assert.Equal("body#1@2.title", (string?)codes[1].Attribute("xid"));
        Assert.DoesNotContain("/map.png", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PlainFieldWithLimit_NoteAndMaxWidthInCharacters()
    {
        var unit = XliffTestJobs.Unit(XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>"))), "pageTitle");

        Assert.Equal("60", (string?)unit.Attribute("maxwidth"));
        Assert.Equal("char", (string?)unit.Attribute("size-unit"));
        Assert.Equal("Page title. At most 60 characters.", unit.Element(Ns + "note")!.Value);
    }

    [Fact]
    public void Write_CopySourceOption_TargetsAreNewCopiesOnlyWhenOn()
    {
        var on = XliffTestJobs.Unit(XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>"))), "pageTitle");
        var off = XliffTestJobs.Unit(XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>", copySource: false))), "pageTitle");

        Assert.Equal("new", (string?)on.Element(Ns + "target")!.Attribute("state"));
        Assert.Equal("Ketamine treatment", on.Element(Ns + "target")!.Value);
        Assert.Null(off.Element(Ns + "target"));
    }
}
