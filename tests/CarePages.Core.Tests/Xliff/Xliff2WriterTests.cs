using System.Xml.Linq;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class Xliff2WriterTests
{
    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_SampleClinic_ValidatesAgainstTheCoreSchemaOfItsVersion(XliffVersion version)
    {
        var xliff = Xliff2TestFiles.Write(XliffTestJobs.SampleClinicJob(), version);

        Assert.Empty(Xliff2Schemas.Validate(xliff, version));
        var root = XliffTestJobs.Parse(xliff).Root!;
        Assert.Equal(Xliff2TestFiles.NamespaceOf(version) + "xliff", root.Name);
        Assert.Equal(version == XliffVersion.Xliff22 ? "2.2" : "2.1", (string?)root.Attribute("version"));
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_SampleClinicWithExistingSpanishTargets_ValidatesAndMarksTargetsTranslated(XliffVersion version)
    {
        var xliff = Xliff2TestFiles.Write(XliffTestJobs.SampleClinicJob(withExistingTargets: true), version);
        var ns = Xliff2TestFiles.NamespaceOf(version);

        Assert.Empty(Xliff2Schemas.Validate(xliff, version));
        Assert.Contains(XliffTestJobs.Parse(xliff).Descendants(ns + "segment"),
            s => (string?)s.Attribute("state") == "translated" && s.Element(ns + "target")!.Value.Contains("Ketamina", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Version12_RefusedBecauseTheOtherWriterDoesIt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>"), XliffVersion.Xliff12));
    }

    [Fact]
    public void Write_Job_OneFilePerDocumentWithKeyLanguagesAndJobIdInMetadata()
    {
        var document = XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>Hello</p>")));
        var ns = Xliff2TestFiles.Ns21;

        Assert.Equal("en-GB", (string?)document.Root!.Attribute("srcLang"));
        Assert.Equal("es-ES", (string?)document.Root.Attribute("trgLang"));
        var file = Assert.Single(document.Root.Elements(ns + "file"));
        Assert.Equal(XliffTestJobs.PageKey.ToString("D"), (string?)file.Attribute("id"));
        var meta = file.Element(Xliff2TestFiles.Mda + "metadata")!.Descendants(Xliff2TestFiles.Mda + "meta").Single(m => (string?)m.Attribute("type") == "jobId");
        Assert.Equal(XliffTestJobs.JobId, meta.Value);
        Assert.Contains(XliffTestJobs.JobId, file.Element(ns + "notes")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RichText_OneUnitPerBlockWithPcAndPhPointingIntoOriginalData()
    {
        var html = "<h2>Before you come</h2><p>Bring <strong>your medicines</strong> and read <a href=\"https://111.nhs.uk\">NHS 111</a>.<br>Thanks.</p><ul><li>One</li><li>Two</li></ul>";
        var document = XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage(html)));
        var ns = Xliff2TestFiles.Ns21;

        Assert.Equal(["pageTitle", "body#1", "body#2", "body#3", "body#4"], document.Descendants(ns + "unit").Select(u => (string?)u.Attribute("name")));
        Assert.Equal(["pageTitle", "body_x0023_1", "body_x0023_2", "body_x0023_3", "body_x0023_4"], document.Descendants(ns + "unit").Select(u => (string?)u.Attribute("id")));
        var unit = Xliff2TestFiles.Unit(document, "body#2");
        Assert.Equal(
            "Bring <pc id=\"1\" canCopy=\"no\" canDelete=\"no\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:b\">your medicines</pc> and read "
            + "<pc id=\"2\" canCopy=\"no\" canDelete=\"no\" dataRefStart=\"d2\" dataRefEnd=\"d2e\" type=\"link\">NHS 111</pc>."
            + "<ph id=\"3\" canCopy=\"no\" canDelete=\"no\" dataRef=\"d3\" type=\"fmt\" subType=\"xlf:lb\" />Thanks.",
            Inner(unit.Descendants(ns + "source").Single(), ns));
        var data = unit.Element(ns + "originalData")!.Elements(ns + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        Assert.Equal("<strong>", data["d1"]);
        Assert.Equal("</strong>", data["d1e"]);
        Assert.Equal("<a>", data["d2"]);
        Assert.Equal("<br>", data["d3"]);
        Assert.DoesNotContain("&lt;", unit.Descendants(ns + "source").Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ImageAltAndLinkTitle_SeparateUnitsNamedAsSubFlowsOfTheirCodes()
    {
        var html = "<p>See <img src=\"/map.png\" alt=\"Map of the clinic\"> and <a href=\"/book\" title=\"Book online\">book</a>.</p>";
        var document = XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage(html)));
        var ns = Xliff2TestFiles.Ns21;

        Assert.Equal("Map of the clinic", Xliff2TestFiles.Unit(document, "body#1@1.alt").Descendants(ns + "source").Single().Value);
        Assert.Equal("Book online", Xliff2TestFiles.Unit(document, "body#1@2.title").Descendants(ns + "source").Single().Value);
        var codes = Xliff2TestFiles.Unit(document, "body#1").Descendants(ns + "source").Single().Elements().ToList();
        Assert.Equal((string?)Xliff2TestFiles.Unit(document, "body#1@1.alt").Attribute("id"), (string?)codes[0].Attribute("subFlows"));
        Assert.Equal((string?)Xliff2TestFiles.Unit(document, "body#1@2.title").Attribute("id"), (string?)codes[1].Attribute("subFlowsStart"));
        Assert.DoesNotContain(document.Descendants(ns + "unit"), u => u.Descendants(ns + "source").Any(s => s.Value.Contains("/map.png", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_LinksAndImages_OriginalDataKeepsTheTagsButNoAddress(XliffVersion version)
    {
        var html = "<p>See <img src=\"/map.png\" alt=\"Map\"> and <a href=\"https://111.nhs.uk/book\" class=\"external\" title=\"Book\">book</a>.</p>";

        var xliff = Xliff2TestFiles.Write(XliffTestJobs.OnePage(html), version);

        var data = XliffTestJobs.Parse(xliff).Descendants(Xliff2TestFiles.NamespaceOf(version) + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        Assert.Equal("<img alt=\"Map\">", data["d1"]);
        Assert.Equal("<a class=\"external\" title=\"Book\">", data["d2"]);
        Assert.DoesNotContain("/map.png", xliff, StringComparison.Ordinal);
        Assert.DoesNotContain("111.nhs.uk", xliff, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PlainFieldWithLimit_FieldAndLimitNotesAndSizeRestriction()
    {
        var document = XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>")));
        var ns = Xliff2TestFiles.Ns21;
        var unit = Xliff2TestFiles.Unit(document, "pageTitle");

        var notes = unit.Element(ns + "notes")!.Elements(ns + "note").ToDictionary(n => (string)n.Attribute("category")!, n => n.Value);
        Assert.Equal("Page title.", notes["field"]);
        Assert.Equal("At most 60 characters.", notes["length-limit"]);
        Assert.Equal("60", (string?)unit.Attribute(XName.Get("sizeRestriction", "urn:oasis:names:tc:xliff:sizerestriction:2.0")));
        Assert.Equal("xliff:codepoints", (string?)document.Descendants(XName.Get("profiles", "urn:oasis:names:tc:xliff:sizerestriction:2.0")).Single().Attribute("generalProfile"));
    }

    [Fact]
    public void Write_CopySourceOption_InitialTargetsOnlyWhenOn()
    {
        var ns = Xliff2TestFiles.Ns21;
        var on = Xliff2TestFiles.Unit(XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>"))), "pageTitle").Element(ns + "segment")!;
        var off = Xliff2TestFiles.Unit(XliffTestJobs.Parse(Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>x</p>", copySource: false))), "pageTitle").Element(ns + "segment")!;

        Assert.Equal("initial", (string?)on.Attribute("state"));
        Assert.Equal("Ketamine treatment", on.Element(ns + "target")!.Value);
        Assert.Null(off.Element(ns + "target"));
        Assert.Null(off.Attribute("state"));
    }

    [Fact]
    public void Write_ControlCharacterInText_WrittenAsCodePointAndStillValid()
    {
        var xliff = Xliff2Writer.WriteToString(XliffTestJobs.OnePage("<p>Bell\u0007here</p>"));

        Assert.Contains("Bell<cp hex=\"0007\" />here", xliff, StringComparison.Ordinal);
        Assert.Empty(Xliff2Schemas.Validate(xliff, XliffVersion.Xliff21));
    }

    private static string Inner(XElement element, XNamespace ns) =>
        string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Replace($" xmlns=\"{ns}\"", string.Empty, StringComparison.Ordinal);
}
