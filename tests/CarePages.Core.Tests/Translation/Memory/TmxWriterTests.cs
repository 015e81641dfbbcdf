using System.Text.Json;
using System.Xml.Linq;
using CarePages.Core.Translation.Memory;
using static CarePages.Core.Tests.Translation.Memory.MemoryTestData;

namespace CarePages.Core.Tests.Translation.Memory;

public class TmxWriterTests
{
    private static readonly DateTimeOffset ExportedAt = new(2026, 11, 9, 14, 5, 0, TimeSpan.FromHours(1));
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly TranslationMemorySegment[] Segments =
    [
        Segment("Read {1}the leaflet{/1}.{2/}", "Lea {1}el prospecto{/1}.{2/}"),
        Segment("Ketamine <works> & helps.", "La ketamina «funciona» y ayuda.", at: Monday.AddHours(1)),
    ];

    [Fact]
    public void Write_OnePair_HasTheTmx14bHeaderATranslatorsToolExpects()
    {
        var header = XDocument.Parse(TmxWriter.WriteToString(Segments, ExportedAt)).Root!;

        Assert.Equal(("tmx", "1.4"), (header.Name.LocalName, (string?)header.Attribute("version")));
        var attributes = header.Element("header")!.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
        Assert.Equal("CarePages", attributes["creationtool"]);
        Assert.False(string.IsNullOrEmpty(attributes["creationtoolversion"]));
        Assert.Equal(("paragraph", "en", "en-GB", "plaintext"), (attributes["segtype"], attributes["adminlang"], attributes["srclang"], attributes["datatype"]));
        Assert.Equal("CarePages", attributes["o-tmf"]);
        Assert.Equal("20261109T130500Z", attributes["creationdate"]);
    }

    [Fact]
    public void Write_Segment_HasLanguagesTextApprovalAndPlaceholdersAsInlineCodes()
    {
        var units = XDocument.Parse(TmxWriter.WriteToString(Segments, ExportedAt)).Root!.Element("body")!.Elements("tu").ToArray();

        Assert.Equal(2, units.Length);
        Assert.Equal(("20261102T093015Z", "lucia"), ((string?)units[0].Attribute("creationdate"), (string?)units[0].Attribute("creationid")));
        Assert.Equal(["en-GB", "es-ES"], units[0].Elements("tuv").Select(v => (string?)v.Attribute(Xml + "lang")));
        var target = units[0].Elements("tuv").Last().Element("seg")!;
        Assert.Equal(["bpt", "ept", "ph"], target.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["1", "1", "2"], target.Elements().Select(e => (string?)e.Attribute("i") ?? (string?)e.Attribute("x")));
        Assert.Equal("Lea {1}el prospecto{/1}.{2/}", target.Value);
        Assert.Equal("Ketamine <works> & helps.", units[1].Element("tuv")!.Element("seg")!.Value);
        Assert.Contains(units[0].Elements("prop"), p => (string?)p.Attribute("type") == "x-carepages-document" && p.Value == DocumentKey.ToString("D"));
    }

    [Fact]
    public void Write_SegmentsFromTwoSourceCultures_MarksTheSourceLanguageAsAll()
    {
        var mixed = new[] { Segments[0], Segments[1] with { SourceCulture = "fr-FR" } };

        var header = XDocument.Parse(TmxWriter.WriteToString(mixed, ExportedAt)).Root!.Element("header")!;

        Assert.Equal("*all*", (string?)header.Attribute("srclang"));
    }

    [TranslateToolkitFact]
    public void Write_ReadByTranslateToolkit_GivesBackEverySourceAndTarget()
    {
        var (folder, path) = TranslateToolkit.TempFile("memory.tmx", TmxWriter.WriteToString(Segments, ExportedAt));
        try
        {
            const string Script = "import json, sys\nfrom translate.storage import tmx\n"
                + "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
                + "print(json.dumps([[u.source, u.target] for u in store.units]))";

            var pairs = JsonSerializer.Deserialize<string[][]>(TranslateToolkit.Run(TranslateToolkit.Python!, "-c", Script, path))!;

            Assert.Equal(2, pairs.Length);
            Assert.Equal(["Ketamine <works> & helps.", "La ketamina «funciona» y ayuda."], pairs[1]);
            Assert.Equal(["Read {1}the leaflet{/1}.{2/}", "Lea {1}el prospecto{/1}.{2/}"], pairs[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
