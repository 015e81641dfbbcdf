namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 §4.2.2.6 target: the explicit or inherited xml:space of a target equals its sibling source's.</summary>
public sealed class XmlSpaceRuleTests
{
    [Theory]
    [InlineData("<segment><source xml:space=\"preserve\">A</source><target>A</target></segment>")]
    [InlineData("<segment><source>A</source><target xml:space=\"preserve\">A</target></segment>")]
    [InlineData("<segment xml:space=\"preserve\"><source xml:space=\"default\">A</source><target>A</target></segment>")]
    [InlineData("<ignorable><source xml:space=\"preserve\"> </source><target xml:space=\"default\"> </target></ignorable><segment><source>A</source></segment>")]
    public void Validate_TargetSpaceDiffersFromSource_XmlSpaceFault(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.Equal("xml-space", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<segment><source>A</source><target>A</target></segment>")]
    [InlineData("<segment><source xml:space=\"preserve\">A</source><target xml:space=\"preserve\">A</target></segment>")]
    [InlineData("<segment xml:space=\"preserve\"><source>A</source><target>A</target></segment>")]
    [InlineData("<segment><source xml:space=\"default\">A</source><target>A</target></segment>")]
    [InlineData("<segment><source xml:space=\"preserve\">A</source></segment>")]
    public void Validate_TargetSpaceAgreesWithSource_Valid(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_SpaceInheritedFromFileByTargetOnly_FaultSaysWhereItComesFrom()
    {
        var report = Xliff2Snippet.ValidateFile("<unit id=\"u1\" xml:space=\"preserve\"><segment><source xml:space=\"default\">A</source><target>A</target></segment></unit>");

        var fault = Assert.Single(report.Faults);
        Assert.Contains("inherited from <unit id=\"u1\">", fault.Message, StringComparison.Ordinal);
    }
}
