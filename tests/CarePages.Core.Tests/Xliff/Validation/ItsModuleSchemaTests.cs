namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 ITS module: what the module schemas (its.xsd, itsm.xsd) enforce by themselves, and the module's own
/// example file ("ITS Data Categories Example"), which the rules must not fault.
/// </summary>
public sealed class ItsModuleSchemaTests
{
    [Theory]
    [InlineData("<mrk id='m1' its:mtConfidence='1.5' its:annotatorsRef='mt-confidence|x'>A</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityRatingScore='101'>A</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityRatingVote='2.5'>A</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityIssueType='speling'>A</mrk>")]
    [InlineData("<mrk id='m1' its:localeFilterType='only'>A</mrk>")]
    [InlineData("<mrk id='m1' itsm:lang='not a tag'>A</mrk>")]
    public void Validate_ItsAttributeValueOutsideItsType_SchemaFault(string source)
    {
        var report = ItsSnippet.ValidateSegment(source);

        Assert.Contains(report.Faults, f => f.Code == "schema");
    }

    [Theory]
    [InlineData("<mrk id='m1' its:mtConfidance='0.5'>A</mrk>")]
    [InlineData("<mrk id='m1' itsm:domain='finance'>A</mrk>")]
    public void Validate_MisspeltItsAttribute_ModuleNamesFault(string source)
    {
        var report = ItsSnippet.ValidateSegment(source);

        Assert.Equal("module-names", Assert.Single(report.Faults).Code);
    }

    [Fact]
    public void Validate_StandoffXmlIdUsedTwice_SchemaFault()
    {
        var report = ItsSnippet.ValidateUnit(
            string.Empty,
            "<its:locQualityIssues xml:id='x1'><its:locQualityIssue locQualityIssueType='grammar'/></its:locQualityIssues>"
            + "<its:provenanceRecords xml:id='x1'><its:provenanceRecord tool='Hub'/></its:provenanceRecords><segment><source>A</source></segment>");

        Assert.Contains(report.Faults, f => f.Code == "schema");
    }

    [Fact]
    public void Validate_ModuleExampleFile_Valid()
    {
        var report = Xliff2Snippet.ValidateFile($"""
            <unit id="u1" {ItsSnippet.Namespaces} its:version="2.0"
                its:annotatorsRef="allowed-characters|http://example.com/myAllowedCharactersAnnotationTool
                  terminology|http://example.com/mytermTool
                  localization-quality-issue|http://example.com/anotherQualityChecker">
              <its:locQualityIssues xml:id="lqi1">
                <its:locQualityIssue locQualityIssueType="misspelling" locQualityIssueComment="'c'es' is unknown. Could be 'c'est'" locQualityIssueSeverity="50"/>
                <its:locQualityIssue locQualityIssueType="grammar" locQualityIssueComment="Sentence is not capitalized" locQualityIssueSeverity="30"/>
              </its:locQualityIssues>
              <its:provenanceRecords xml:id="prov1">
                <its:provenanceRecord revPerson="Franta Kocourek" revOrg="Kocourkov s.r.o."/>
                <its:provenanceRecord person="Honza Novák" org="Překlady Novák, sro" tool="GreatCATTool"/>
              </its:provenanceRecords>
              <notes><note id="1" priority="1">Check with terminology engineer</note></notes>
              <segment><source><mrk id="m1" type="its:generic" its:allowedCharacters="[a-ZA-Z]">Text</mrk></source></segment>
              <segment><source>Text <pc id="2"><mrk id="m2" type="its:generic" its:localeFilterList="fr" its:localeFilterType="exclude">text</mrk></pc></source></segment>
              <segment><source>This is the content</source>
                <target><mrk id="m3" type="its:generic" its:locQualityIssuesRef="#its=lqi1" its:annotatorsRef="localization-quality-issue|http://example.com/myQualityChecker">c'es le contenu</mrk></target></segment>
              <segment><source>Some text and a term</source>
                <target>Du texte et un <mrk id="m4" type="its:generic" its:locQualityRatingVote="37" its:locQualityRatingVoteThreshold="15" its:locQualityRatingProfileRef="http://example.org/qaModel/v13">terme</mrk></target></segment>
              <segment><source><mrk id="m5" type="its:generic" its:taClassRef="http://nerd.eurecom.fr/ontology#Place" its:taIdentRef="http://dbpedia.org/resource/Arizona">Arizona</mrk></source></segment>
              <segment><source>This is a <mrk id="m6" type="comment" ref="#n=1">motherboard</mrk>.</source></segment>
              <segment><source>Text with a <pc id="3"><mrk id="m7" type="term" ref="http://en.wikipedia.org/wiki/Terminology" its:termConfidence="0.9">term</mrk></pc>.</source></segment>
              <segment><source>Span of text <pc id="4"><mrk id="m8" itsm:lang="fr" type="its:generic">en français</mrk></pc>.</source></segment>
              <segment><source>Economy has been growing in 2016.</source>
                <target><mrk id="m9" type="its:generic" its:provenanceRecordsRef="#its=prov1">Hospodářství v průbehu roku 2016 rostlo.</mrk></target></segment>
              <segment><source><mrk id="m11" type="its:generic" its:mtConfidence="0.8982" its:annotatorsRef="mt-confidence|MTServices-XYZ">Some Machine Translated text.</mrk></source></segment>
              <segment><source><mrk translate="no" id="m12">Non-translatable text</mrk></source></segment>
            </unit>
            """);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
