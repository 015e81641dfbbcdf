namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Validation module, rule: exactly one of isPresent, isNotPresent, startsWith, endsWith (or a custom
/// attribute); occurs only with isPresent; existsInSource only with isPresent, startsWith or endsWith; no disabled="yes" at file level.
/// </summary>
public sealed class ValidationModuleRuleTests
{
    private const string Unit = "<unit id=\"u1\"><segment><source>Store</source><target>Tienda</target></segment></unit>";

    [Theory]
    [InlineData("<val:rule isPresent=\"a\" isNotPresent=\"b\"/>")]
    [InlineData("<val:rule startsWith=\"a\" endsWith=\"b\"/>")]
    [InlineData("<val:rule caseSensitive=\"no\"/>")]
    [InlineData("<val:rule isNotPresent=\"a\" occurs=\"2\"/>")]
    [InlineData("<val:rule isNotPresent=\"a\" existsInSource=\"yes\"/>")]
    [InlineData("<val:rule isPresent=\"a\" disabled=\"yes\"/>")]
    public void Validate_FileRuleBreakingAConstraint_ValidationModuleFault(string rule)
    {
        var report = Xliff2Snippet.ValidateFile($"<val:validation>{rule}</val:validation>{Unit}");

        Assert.Equal("validation-module", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<val:rule isPresent=\"a\" occurs=\"2\"/>")]
    [InlineData("<val:rule startsWith=\"a\" existsInSource=\"yes\"/>")]
    [InlineData("<val:rule endsWith=\".\" caseSensitive=\"no\"/>")]
    [InlineData("<val:rule isNotPresent=\"b\"/>")]
    [InlineData("<val:rule xmlns:my=\"urn:example:rules\" my:custom=\"x\"/>")]
    public void Validate_FileRuleMeetingTheConstraints_Valid(string rule)
    {
        var report = Xliff2Snippet.ValidateFile($"<val:validation>{rule}</val:validation>{Unit}");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_RuleDisabledInAUnit_Valid()
    {
        var report = Xliff2Snippet.ValidateFile(
            "<val:validation><val:rule isPresent=\"Store\"/></val:validation>"
            + "<unit id=\"u1\"><val:validation><val:rule isPresent=\"Store\" disabled=\"yes\"/></val:validation><segment><source>Store</source></segment></unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
