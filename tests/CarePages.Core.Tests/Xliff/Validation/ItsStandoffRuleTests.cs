namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 ITS module, standoff elements: a quality issue has a type or comment and well-formed values; a provenance
/// record has at least one attribute; its:locQualityIssuesRef and its:provenanceRecordsRef name an element where the module says.
/// </summary>
public sealed class ItsStandoffRuleTests
{
    private const string Issues = "<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueType='misspelling' locQualityIssueSeverity='50'/></its:locQualityIssues>";

    private const string Records = "<its:provenanceRecords xml:id='prov1'><its:provenanceRecord revPerson='Franta Kocourek' revOrg='Kocourkov s.r.o.'/></its:provenanceRecords>";

    [Theory]
    [InlineData("<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueSeverity='50'/></its:locQualityIssues>")]
    [InlineData("<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueType='speling'/></its:locQualityIssues>")]
    [InlineData("<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueType='grammar' locQualityIssueSeverity='150'/></its:locQualityIssues>")]
    [InlineData("<its:locQualityIssues xml:id='lqi1'><its:locQualityIssue locQualityIssueComment='odd' locQualityIssueEnabled='true'/></its:locQualityIssues>")]
    [InlineData("<its:provenanceRecords xml:id='prov1'><its:provenanceRecord/></its:provenanceRecords>")]
    public void Validate_StandoffElementBreakingAConstraint_ItsStandoffFault(string standoff)
    {
        var report = ItsSnippet.ValidateUnit(string.Empty, $"{standoff}<segment><source>A</source></segment>");

        Assert.Equal("its-standoff", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("#its=lqi2")]
    [InlineData("#lqi1")]
    [InlineData("#/f=f1/u=u2/its=lqi1")]
    [InlineData("#its=prov1")]
    [InlineData("#its=")]
    public void Validate_IssuesReferenceNamingNoIssuesOfTheUnit_ItsStandoffFault(string reference)
    {
        var report = ItsSnippet.ValidateUnit(string.Empty, $"{Issues}{Records}<segment><source>A</source><target><mrk id='m1' its:locQualityIssuesRef='{reference}'>B</mrk></target></segment>");

        Assert.Equal("its-standoff", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("#its=lqi1")]
    [InlineData("#/f=f1/u=u1/its=lqi1")]
    [InlineData("lqi1")]
    [InlineData("http://example.com/report.xlf#its=lqi9")]
    public void Validate_IssuesReferenceNamingIssuesOfTheUnit_Valid(string reference)
    {
        var report = ItsSnippet.ValidateUnit(string.Empty, $"{Issues}<segment><source>A</source><target><sm id='s1' its:locQualityIssuesRef='{reference}'/>B<em startRef='s1'/></target></segment>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_IssuesOfAnotherUnit_ItsStandoffFault()
    {
        var report = ItsSnippet.ValidateGroup(
            string.Empty,
            $"<unit id='u1'>{Issues}<segment><source>A</source></segment></unit>"
            + "<unit id='u2'><segment><source>A</source><target><mrk id='m1' its:locQualityIssuesRef='#its=lqi1'>B</mrk></target></segment></unit>");

        Assert.Equal("its-standoff", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<unit id='u1'>" + Records + "<segment><source>A</source><target><mrk id='m1' its:provenanceRecordsRef='#its=prov1'>B</mrk></target></segment></unit>", true)]
    [InlineData("<unit id='u1' its:provenanceRecordsRef='#its=prov1'>" + Records + "<segment><source>A</source></segment></unit>", true)]
    [InlineData("<unit id='u1' its:provenanceRecordsRef='#its=prov0'><segment><source>A</source></segment></unit>", true)]
    [InlineData("<unit id='u1'><segment><source>A</source><target><mrk id='m1' its:provenanceRecordsRef='#its=prov0'>B</mrk></target></segment></unit>", false)]
    [InlineData("<unit id='u1'>" + Records + "<segment><source>A</source></segment></unit><unit id='u2' its:provenanceRecordsRef='#its=prov1'><segment><source>A</source></segment></unit>", false)]
    [InlineData("<unit id='u1'><segment><source>A</source></segment></unit><unit id='u2' its:provenanceRecordsRef='#its=prov2'><segment><source>A</source></segment></unit>", false)]
    public void Validate_ProvenanceReference_ValidOnlyWhenTheRecordsAreWhereTheModuleSays(string units, bool valid)
    {
        var report = ItsSnippet.ValidateGroup(
            string.Empty,
            "<its:provenanceRecords xml:id='prov0'><its:provenanceRecord tool='Hub'/></its:provenanceRecords>" + units);

        Assert.Equal(valid, report.IsValid);
        Assert.All(report.Faults, f => Assert.Equal("its-standoff", f.Code));
    }
}
