using System.Text;
using System.Xml.Linq;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff;

/// <summary>What a translator's tool sees beside a unit: memory matches and the field's machine draft.</summary>
public sealed class XliffCandidatesTests
{
    private const string Apertium = XliffTestJobs.Apertium;
    private static readonly XNamespace Ns12 = XliffTestJobs.Ns;
    private static readonly XNamespace Mtc = "urn:oasis:names:tc:xliff:matches:2.0";

    [Fact]
    public void Write_Xliff12WithCandidates_AltTransAfterTheNotesWithOriginScoreAndText()
    {
        var document = XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePageWithCandidates()));

        var unit = XliffTestJobs.Unit(document, "pageTitle");
        Assert.Equal(["source", "target", "note", "alt-trans", "alt-trans"], unit.Elements().Select(e => e.Name.LocalName));
        var (memory, machine) = (unit.Elements(Ns12 + "alt-trans").First(), unit.Elements(Ns12 + "alt-trans").Last());
        Assert.Equal("CarePages translation memory", (string?)memory.Attribute("origin"));
        Assert.Equal("85", (string?)memory.Attribute("match-quality"));
        Assert.Equal("Ketamine treatments", memory.Element(Ns12 + "source")!.Value);
        Assert.Equal("Tratamientos con ketamina", memory.Element(Ns12 + "target")!.Value);
        Assert.Equal(Apertium, (string?)machine.Attribute("origin"));
        Assert.Null(machine.Attribute("match-quality"));
        Assert.Equal("Ketamine treatment", machine.Element(Ns12 + "source")!.Value);
        Assert.Equal("Tratamiento de ketamina", machine.Element(Ns12 + "target")!.Value);
    }

    [Fact]
    public void Write_Xliff12MachineDraftOfRichText_BlockTargetCarriesTheUnitsCodes()
    {
        var document = XliffTestJobs.Parse(Xliff12Writer.WriteToString(XliffTestJobs.OnePageWithCandidates()));

        var unit = XliffTestJobs.Unit(document, "body#1");
        var machine = unit.Elements(Ns12 + "alt-trans").Single(a => (string?)a.Attribute("origin") == Apertium);
        var source = machine.Element(Ns12 + "source")!;
        var target = machine.Element(Ns12 + "target")!;
        Assert.Equal(unit.Element(Ns12 + "source")!.ToString(), source.ToString());
        var code = Assert.Single(target.Elements(Ns12 + "g"));
        Assert.Equal(("1", "bold", "sus medicamentos"), ((string?)code.Attribute("id"), (string?)code.Attribute("ctype"), code.Value));
        Assert.Equal("Traiga sus medicamentos hoy.", target.Value);
        var memory = unit.Elements(Ns12 + "alt-trans").Single(a => (string?)a.Attribute("origin") == XliffMemoryMatch.Origin);
        Assert.Equal("100", (string?)memory.Attribute("match-quality"));
        Assert.Equal("Traiga sus medicinas hoy.", memory.Element(Ns12 + "target")!.Value);
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_Xliff2WithCandidates_MatchesPointAtTheSegmentWithTypeOriginAndSimilarity(XliffVersion version)
    {
        var ns = Xliff2TestFiles.NamespaceOf(version);
        var document = XliffTestJobs.Parse(Xliff2TestFiles.Write(XliffTestJobs.OnePageWithCandidates(), version));

        var unit = Xliff2TestFiles.Unit(document, "pageTitle");
        Assert.Equal(Mtc + "matches", unit.Elements().First().Name);
        Assert.Equal("s1", (string?)unit.Element(ns + "segment")!.Attribute("id"));
        var matches = unit.Element(Mtc + "matches")!.Elements(Mtc + "match").ToArray();
        Assert.Equal(["#s1", "#s1"], matches.Select(m => (string?)m.Attribute("ref")));
        Assert.Equal([("tm", "CarePages translation memory", "85"), ("mt", Apertium, null)],
            matches.Select(m => ((string?)m.Attribute("type"), (string?)m.Attribute("origin"), (string?)m.Attribute("similarity"))));
        Assert.Equal(("Ketamine treatments", "Tratamientos con ketamina"), (matches[0].Element(ns + "source")!.Value, matches[0].Element(ns + "target")!.Value));
        Assert.Equal(("Ketamine treatment", "Tratamiento de ketamina"), (matches[1].Element(ns + "source")!.Value, matches[1].Element(ns + "target")!.Value));
        Assert.All(matches, m => Assert.Null(m.Attribute("matchQuality")));
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_Xliff2MachineDraftOfRichText_MatchCarriesItsOwnOriginalDataForItsCodes(XliffVersion version)
    {
        var ns = Xliff2TestFiles.NamespaceOf(version);
        var document = XliffTestJobs.Parse(Xliff2TestFiles.Write(XliffTestJobs.OnePageWithCandidates(), version));

        var unit = Xliff2TestFiles.Unit(document, "body#1");
        var machine = unit.Element(Mtc + "matches")!.Elements(Mtc + "match").Single(m => (string?)m.Attribute("type") == "mt");
        Assert.Equal(["originalData", "source", "target"], machine.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(Data(unit), Data(machine));
        Assert.Equal(["d1", "d1e"], Data(machine).Select(d => d.Id));
        var code = Assert.Single(machine.Element(ns + "target")!.Elements(ns + "pc"));
        Assert.Equal(("1", "d1", "d1e", "sus medicamentos"), ((string?)code.Attribute("id"), (string?)code.Attribute("dataRefStart"), (string?)code.Attribute("dataRefEnd"), code.Value));
        Assert.Equal("Traiga sus medicamentos hoy.", machine.Element(ns + "target")!.Value);
        var memory = unit.Element(Mtc + "matches")!.Elements(Mtc + "match").Single(m => (string?)m.Attribute("type") == "tm");
        Assert.Null(memory.Element(ns + "originalData"));
    }

    [Theory]
    [InlineData(XliffVersion.Xliff12)]
    [InlineData(XliffVersion.Xliff21)]
    [InlineData(XliffVersion.Xliff22)]
    public void Write_JobWithCandidates_ValidatesWithTheProjectsValidator(XliffVersion version)
    {
        var xliff = XliffExchange.WriteToString(XliffTestJobs.OnePageWithCandidates(), version);

        var report = new XliffValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xliff)));

        Assert.True(report.IsValid, string.Join("\n", report.Faults.Select(f => f.Message)));
        Assert.Equal(version == XliffVersion.Xliff12 ? 4 : 0, XliffTestJobs.Parse(xliff).Descendants(Ns12 + "alt-trans").Count());
        Assert.Equal(version == XliffVersion.Xliff12 ? 0 : 4, XliffTestJobs.Parse(xliff).Descendants(Mtc + "match").Count());
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Write_Xliff2JobWithCandidates_ValidatesAgainstTheOasisSchemasWithTheMatchesModule(XliffVersion version)
    {
        Assert.Empty(Xliff2Schemas.Validate(Xliff2TestFiles.Write(XliffTestJobs.OnePageWithCandidates(), version), version));
    }

    [Theory]
    [InlineData("<p>Traiga sus medicamentos hoy.</p>")]
    [InlineData("<p>Traiga <em>sus medicamentos</em> hoy.</p>")]
    [InlineData("<p>Traiga <strong>sus medicamentos</strong>.</p><p>Hoy.</p>")]
    public void Write_RichMachineDraftThatDoesNotLineUp_OfferedForThePlainFieldOnly(string draft)
    {
        var job = XliffTestJobs.OnePageWithCandidates(bodyDraft: draft);

        var xliff12 = XliffTestJobs.Parse(Xliff12Writer.WriteToString(job));
        var xliff2 = XliffTestJobs.Parse(Xliff2Writer.WriteToString(job));

        Assert.DoesNotContain(XliffTestJobs.Unit(xliff12, "body#1").Elements(Ns12 + "alt-trans"), a => (string?)a.Attribute("origin") == Apertium);
        Assert.Contains(XliffTestJobs.Unit(xliff12, "pageTitle").Elements(Ns12 + "alt-trans"), a => (string?)a.Attribute("origin") == Apertium);
        Assert.DoesNotContain(Xliff2TestFiles.Unit(xliff2, "body#1").Descendants(Mtc + "match"), m => (string?)m.Attribute("type") == "mt");
    }

    [Fact]
    public void Write_UnitWithoutCandidates_HasNoAltTransNorMatches()
    {
        var job = XliffTestJobs.OnePage("<p>Bring <strong>your medicines</strong> today.</p>");

        Assert.Empty(XliffTestJobs.Parse(Xliff12Writer.WriteToString(job)).Descendants(Ns12 + "alt-trans"));
        Assert.Empty(XliffTestJobs.Parse(Xliff2Writer.WriteToString(job)).Descendants(Mtc + "matches"));
    }

    [Theory]
    [InlineData(XliffVersion.Xliff12)]
    [InlineData(XliffVersion.Xliff21)]
    [InlineData(XliffVersion.Xliff22)]
    public void Import_CandidatesTextDiffersFromTheTarget_ImportsExactlyTheTargets(XliffVersion version)
    {
        var job = XliffTestJobs.OnePageWithCandidates();
        var returned = ExchangeFixture.PseudoTranslate(XliffExchange.WriteToString(job, version), "[final] ");

        var result = XliffExchange.Import(returned, job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal("[final] Ketamine treatment", XliffAssert.Field(result, "pageTitle"));
        Assert.Equal("<p>[final] Bring <strong>your medicines</strong> today.</p>", XliffAssert.Field(result, "body"));
    }

    private static List<(string? Id, string Html)> Data(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName == "originalData").Elements().Select(d => ((string?)d.Attribute("id"), d.Value)).ToList();
}
