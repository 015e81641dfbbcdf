namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 state: translated, reviewed and final assume a translation, so the segment has a target.</summary>
public sealed class SegmentStateRuleTests
{
    [Theory]
    [InlineData("translated")]
    [InlineData("reviewed")]
    [InlineData("final")]
    public void Validate_StatePastInitialWithoutTarget_SegmentStateFault(string state)
    {
        var report = Xliff2Snippet.ValidateUnit($"<segment state=\"{state}\"><source>Hello</source></segment>");

        Assert.Equal("segment-state", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<segment state=\"initial\"><source>Hello</source></segment>")]
    [InlineData("<segment><source>Hello</source></segment>")]
    [InlineData("<segment state=\"translated\"><source>Hello</source><target>Hola</target></segment>")]
    [InlineData("<segment state=\"final\"><source>Hello</source><target></target></segment>")]
    public void Validate_StateMatchingTheTarget_Valid(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
