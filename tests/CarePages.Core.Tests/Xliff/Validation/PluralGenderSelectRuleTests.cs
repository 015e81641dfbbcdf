namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.2 Plural, Gender and Select module: switch items are keyword:variable with a known keyword; a case has as
/// many values as the enclosing switch has variables.
/// </summary>
public sealed class PluralGenderSelectRuleTests
{
    [Fact]
    public void Validate_CaseOnASegment_SchemaFault()
    {
        var report = Xliff2Snippet.ValidateFile22("<unit id=\"u1\" pgs:switch=\"plural:n\"><segment pgs:case=\"one\"><source>One.</source></segment></unit>");

        Assert.Equal("schema", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<group id=\"g1\" pgs:switch=\"count:file_count\">{0}</group>", "1")]
    [InlineData("<group id=\"g1\" pgs:switch=\"plural\">{0}</group>", "1")]
    [InlineData("<group id=\"g1\" pgs:switch=\"plural:file_count\">{0}</group>", "1 feminine")]
    [InlineData("<group id=\"g1\" pgs:switch=\"gender:host plural:guests\">{0}</group>", "feminine")]
    [InlineData("<group id=\"g1\">{0}</group>", "one")]
    public void Validate_SwitchOrCaseBreakingAConstraint_PluralGenderSelectFault(string group, string caseValue)
    {
        var report = Xliff2Snippet.ValidateFile22(Group(group, caseValue));

        Assert.Equal("plural-gender-select", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<group id=\"g1\" pgs:switch=\"plural:file_count\">{0}</group>", "other")]
    [InlineData("<group id=\"g1\" pgs:switch=\"gender:host_gender plural:guest_count\">{0}</group>", "feminine 0")]
    [InlineData("<group id=\"g1\" pgs:switch=\"plural:count,gender:host_gender\">{0}</group>", "1 masculine")]
    [InlineData("<group id=\"g0\" pgs:switch=\"ordinal:place select:kind\"><group id=\"g1\">{0}</group></group>", "one other")]
    public void Validate_SwitchAndCaseMeetingTheConstraints_Valid(string group, string caseValue)
    {
        var report = Xliff2Snippet.ValidateFile22(Group(group, caseValue));

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    private static string Group(string group, string caseValue) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, group, $"<unit id=\"u1\" pgs:case=\"{caseValue}\"><segment><source>Text.</source></segment></unit>");
}
