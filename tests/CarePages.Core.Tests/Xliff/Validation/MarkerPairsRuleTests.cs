namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 §4.2.3.9 sm and §4.2.3.10 em: a start marker has its end marker after it in the same unit, and the reverse.</summary>
public sealed class MarkerPairsRuleTests
{
    [Theory]
    [InlineData("<segment><source>A <sm id=\"m1\" type=\"term\"/>B</source></segment>")]
    [InlineData("<segment><source>A <sm id=\"m1\" type=\"term\"/>B</source><target>A <sm id=\"m1\" type=\"term\"/>B</target></segment><segment><source>C<em startRef=\"m1\"/></source><target>C</target></segment>")]
    [InlineData("<segment><source>A<em startRef=\"m1\"/> <sm id=\"m1\" type=\"term\"/>B</source></segment>")]
    [InlineData("<segment><source>A <sm id=\"m1\" type=\"term\"/>B<em startRef=\"m2\"/></source></segment>")]
    public void Validate_MarkerWithoutItsPartner_SmEmFault(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.NotEmpty(report.Faults);
        Assert.All(report.Faults, f => Assert.Equal("sm-em", f.Code));
    }

    [Theory]
    [InlineData("<segment><source>A <sm id=\"m1\" type=\"term\"/>B<em startRef=\"m1\"/></source></segment>")]
    [InlineData("<segment><source><sm id=\"m1\" type=\"term\"/>A</source></segment><ignorable><source> </source></ignorable><segment><source>B<em startRef=\"m1\"/></source></segment>")]
    [InlineData("<segment><source>A <sm id=\"m1\" type=\"term\"/>B</source><target>A <sm id=\"m1\" type=\"term\"/>B</target></segment><segment><source>C<em startRef=\"m1\"/></source></segment>")]
    [InlineData("<segment><source><sm id=\"m1\" type=\"term\"/>A</source><target order=\"2\">B<em startRef=\"m1\"/></target></segment><segment><source>B<em startRef=\"m1\"/></source><target order=\"1\"><sm id=\"m1\" type=\"term\"/>A</target></segment>")]
    public void Validate_MarkersPairedOrStartInUntranslatedUnit_Valid(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_LoneStartMarker_FaultNamesTheMarkerAndUnit()
    {
        var report = Xliff2Snippet.ValidateUnit("<segment><source>A <sm id=\"m1\" type=\"term\"/>B</source></segment>");

        var fault = Assert.Single(report.Faults);
        Assert.Contains("<sm id=\"m1\"> has no <em startRef=\"m1\">", fault.Message, StringComparison.Ordinal);
        Assert.Contains("unit \"u1\"", fault.Message, StringComparison.Ordinal);
    }
}
