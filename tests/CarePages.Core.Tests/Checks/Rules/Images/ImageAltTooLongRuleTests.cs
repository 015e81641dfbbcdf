using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Images;

public class ImageAltTooLongRuleTests
{
    private readonly ImageAltTooLongRule _rule = new();

    [Fact]
    public void Check_AltOverTheDefaultLimit_WarnsWithLengthAndLimit()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{new string('a', 151)}\">").Of("image-alt-too-long"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.1.1"], finding.Wcag);
        Assert.Contains("151", finding.Message, StringComparison.Ordinal);
        Assert.Contains("150", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AltAtTheLimit_FindsNothing() =>
        Assert.Empty(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{new string('a', 150)}\">").Of("image-alt-too-long"));

    [Fact]
    public void Check_LimitLoweredInSettings_UsesTheSetting()
    {
        var options = new CheckOptions { Rules = { ["image-alt-too-long"] = new CheckRuleSettings { Parameters = { ["maxLength"] = "40" } } } };

        var finding = Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\" alt=\"A nurse shows how to hold the nasal spray upright\">", options: options).Of("image-alt-too-long"));

        Assert.Contains("40", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArabicVowelMarks_CountOnceWithTheirLetter()
    {
        // 100 letters, each with a fatha: 200 chars but 100 letters as a reader sees them.
        var alt = string.Concat(Enumerable.Repeat("بَ", 100));

        Assert.Empty(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">", "ar").Of("image-alt-too-long"));
    }

    [Fact]
    public void Check_SpanishUi_MessageInSpanish()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{new string('a', 200)}\">", "es-ES", uiCulture: "es").Of("image-alt-too-long"));

        Assert.Contains("caracteres", finding.Message, StringComparison.Ordinal);
    }
}
