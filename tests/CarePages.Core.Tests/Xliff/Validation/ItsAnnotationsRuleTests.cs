namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 ITS module, usage of the inline annotations: quality issue reference xor type/comment, no details beside a
/// reference; text analysis identity; no provenance attributes beside a records reference; terminology type; type its:generic.
/// </summary>
public sealed class ItsAnnotationsRuleTests
{
    [Theory]
    [InlineData("<mrk id='m1' its:locQualityIssuesRef='#its=lqi1' its:locQualityIssueType='grammar'>A</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityIssueSeverity='50'>A</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityIssuesRef='#its=lqi1' its:locQualityIssueEnabled='no'>A</mrk>")]
    [InlineData("<mrk id='m1' its:taSource='Wordnet3.0'>Arizona</mrk>")]
    [InlineData("<mrk id='m1' its:taSource='Wordnet3.0' its:taIdent='301467919' its:taIdentRef='http://dbpedia.org/resource/Arizona'>Arizona</mrk>")]
    [InlineData("<mrk id='m1' its:provenanceRecordsRef='#its=prov1' its:person='Honza'>A</mrk>")]
    [InlineData("<mrk id='m1' type='comment' value='note' its:person='Honza'>A</mrk>")]
    [InlineData("<mrk id='m1' type='its:term-no' value='not a term' ref='http://example.com/t'>A</mrk>")]
    [InlineData("<sm id='s1' type='generic' itsm:lang='fr'/>A<em startRef='s1'/>")]
    public void Validate_AnnotationBreakingItsUsage_ItsAnnotationsFault(string source)
    {
        var report = ItsSnippet.ValidateUnit(
            string.Empty,
            "<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueType='misspelling'/></its:locQualityIssues>"
            + "<its:provenanceRecords xml:id='prov1'><its:provenanceRecord tool='Hub'/></its:provenanceRecords>"
            + $"<segment><source>{source}</source></segment>");

        Assert.Equal("its-annotations", Assert.Single(report.Faults).Code);
    }

    [Fact]
    public void Validate_TermConfidenceOnAGenericMarker_ItsAnnotationsFault()
    {
        var report = ItsSnippet.ValidateSegment("<mrk id='m1' type='its:generic' its:termConfidence='0.9'>term</mrk>", unitAttributes: "its:annotatorsRef='terminology|x'");

        Assert.Equal("its-annotations", Assert.Single(report.Faults).Code);
    }

    [Fact]
    public void Validate_TextAnalysisWithOnlyAConfidence_ItsAnnotationsFault()
    {
        var report = ItsSnippet.ValidateSegment("<mrk id='m1' its:taConfidence='0.5'>Arizona</mrk>", unitAttributes: "its:annotatorsRef='text-analysis|x'");

        Assert.Equal("its-annotations", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<mrk id='m1' type='its:generic' its:locQualityIssueType='misspelling' its:locQualityIssueComment=\"'c'es' is unknown\" its:locQualityIssueSeverity='50'>c'es</mrk>")]
    [InlineData("<mrk id='m1' type='its:generic' its:locQualityIssuesRef='#its=lqi1'>c'es le contenu</mrk>")]
    [InlineData("<mrk id='m1' its:locQualityIssueComment='odd' its:locQualityIssueEnabled='no' its:locQualityIssueProfileRef='http://example.com/qa'>A</mrk>")]
    [InlineData("<mrk id='m1' type='its:generic' its:taClassRef='http://nerd.eurecom.fr/ontology#Place' its:taIdentRef='http://dbpedia.org/resource/Arizona'>Arizona</mrk>")]
    [InlineData("<mrk id='m1' its:taSource='Wordnet3.0' its:taIdent='301467919'>Arizona</mrk>")]
    [InlineData("<mrk id='m1' its:taClassRef='http://nerd.eurecom.fr/ontology#Place'>Arizona</mrk>")]
    [InlineData("<mrk id='m1' type='its:generic' its:tool='Microsoft Hub' its:person='Honza Novák' its:revPerson='Franta Kocourek'>A</mrk>")]
    [InlineData("<mrk id='m1' type='its:generic' its:provenanceRecordsRef='#its=prov1'>A</mrk>")]
    [InlineData("<mrk id='m1' type='term' ref='http://en.wikipedia.org/wiki/Terminology' its:termConfidence='0.9' its:annotatorsRef='terminology|x'>term</mrk>")]
    [InlineData("<mrk id='m1' type='its:term-no' value='not a term here'>A</mrk>")]
    [InlineData("<sm id='s1' its:localeFilterList='fr'/>Text A<em startRef='s1'/>")]
    [InlineData("<pc id='1'><mrk id='m1' itsm:lang='fr' type='its:generic'>en français</mrk></pc>")]
    [InlineData("<mrk id='m1' type='its:generic' its:allowedCharacters='[a-ZA-Z]'>Text</mrk>")]
    [InlineData("<mrk id='m1' translate='no'>Non-translatable text</mrk>")]
    public void Validate_AnnotationFollowingItsUsage_Valid(string source)
    {
        var report = ItsSnippet.ValidateUnit(
            string.Empty,
            "<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueType='misspelling'/></its:locQualityIssues>"
            + "<its:provenanceRecords xml:id='prov1'><its:provenanceRecord tool='Hub'/></its:provenanceRecords>"
            + $"<segment><source>{source}</source></segment>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
