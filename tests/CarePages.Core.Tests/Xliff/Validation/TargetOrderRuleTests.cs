namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 order: from 1 to the number of segments and ignorables, unique in the unit counting a target without order
/// at its own position, and a target moved away from position p leaves p to a target whose order says p.
/// </summary>
public sealed class TargetOrderRuleTests
{

    [Theory]
    [InlineData(" order=\"4\"", "", "")]
    [InlineData(" order=\"2\"", " order=\"2\"", "")]
    [InlineData(" order=\"2\"", "", "")]
    [InlineData("", " order=\"3\"", " order=\"1\"")]
    [InlineData(" order=\"3\"", " order=\"1\"", "")]
    public void Validate_OrdersNotAPermutation_OrderFault(string first, string second, string third)
    {
        var report = Xliff2Snippet.ValidateUnit(Three(first, second, third));

        Assert.NotEmpty(report.Faults);
        Assert.All(report.Faults, f => Assert.Equal("order", f.Code));
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData(" order=\"2\"", " order=\"1\"", "")]
    [InlineData(" order=\"3\"", " order=\"1\"", " order=\"2\"")]
    [InlineData(" order=\"1\"", " order=\"2\"", " order=\"3\"")]
    [InlineData("", " order=\"3\"", " order=\"2\"")]
    public void Validate_OrdersAPermutation_Valid(string first, string second, string third)
    {
        var report = Xliff2Snippet.ValidateUnit(Three(first, second, third));

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_ExplicitOrderTakingAnImplicitPosition_FaultSaysSo()
    {
        var report = Xliff2Snippet.ValidateUnit(Three(string.Empty, " order=\"1\"", string.Empty));

        Assert.Contains(report.Faults, f => f.Message.Contains("another target already has order 1", StringComparison.Ordinal));
    }

    private static string Three(string first, string second, string third) =>
        $"<segment><source>A</source><target{first}>A</target></segment><segment><source>B</source><target{second}>B</target></segment>"
        + $"<segment><source>C</source><target{third}>C</target></segment>";
}
