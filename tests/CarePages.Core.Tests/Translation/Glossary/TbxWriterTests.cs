using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Tests.Translation.Glossary;

public class TbxWriterTests
{
    private static readonly XNamespace Tbx = TbxWriter.Namespace;
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static XDocument Export(string targetCulture = "fr-FR")
    {
        var text = TbxWriter.WriteToString(LanguagePairGlossary.For(new LanguagePair("en", targetCulture), StarterGlossary.KetamineClinic));
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Write_StarterGlossary_IsWellFormedTbxBasicForThePair()
    {
        var root = Export().Root!;

        Assert.Equal(Tbx + "tbx", root.Name);
        Assert.Equal(("TBX-Basic", "dca", "en"), ((string?)root.Attribute("type"), (string?)root.Attribute("style"), (string?)root.Attribute(Xml + "lang")));
        Assert.NotNull(root.Element(Tbx + "tbxHeader")?.Element(Tbx + "fileDesc")?.Element(Tbx + "sourceDesc"));
        var concepts = root.Element(Tbx + "text")!.Element(Tbx + "body")!.Elements(Tbx + "conceptEntry").ToArray();
        Assert.Equal(5, concepts.Length);
        Assert.Equal(5, concepts.Select(c => (string?)c.Attribute("id")).Distinct().Count());
        Assert.All(concepts, c => Assert.Equal(["en", "fr-FR"], c.Elements(Tbx + "langSec").Select(l => (string?)l.Attribute(Xml + "lang"))));
    }

    [Fact]
    public void Write_TranslatedTerm_PairsSourceAndTargetTermsWithPartOfSpeechStatusAndNote()
    {
        var concept = Export().Descendants(Tbx + "conceptEntry").Single(c => c.Descendants(Tbx + "term").First().Value == "ketamine");

        var termSecs = concept.Elements(Tbx + "langSec").Select(l => l.Element(Tbx + "termSec")!).ToArray();

        Assert.Equal(["ketamine", "kétamine"], termSecs.Select(t => t.Element(Tbx + "term")!.Value));
        Assert.All(termSecs, t => Assert.Equal(
            ["partOfSpeech=noun", "administrativeStatus=preferredTerm-admn-sts"],
            t.Elements(Tbx + "termNote").Select(n => $"{(string?)n.Attribute("type")}={n.Value}")));
        Assert.StartsWith("INN", concept.Element(Tbx + "note")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DoNotTranslateTerm_KeepsTheTermInTheTargetAndSaysSo()
    {
        var concept = Export("ar").Descendants(Tbx + "conceptEntry").Single(c => c.Descendants(Tbx + "term").First().Value == "Spravato");

        var target = concept.Elements(Tbx + "langSec").Last().Element(Tbx + "termSec")!;

        Assert.Equal("Spravato", target.Element(Tbx + "term")!.Value);
        Assert.Equal("properNoun", target.Elements(Tbx + "termNote").First().Value);
        Assert.Equal(TbxWriter.DoNotTranslateNote, target.Element(Tbx + "note")!.Value);
    }
}
