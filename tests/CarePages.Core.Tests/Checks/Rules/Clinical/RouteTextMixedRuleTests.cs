using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

public class RouteTextMixedRuleTests
{
    private readonly RouteTextMixedRule _rule = new();

    [Theory]
    [InlineData("en-GB", "<p>You spray it into your nose, or have it injected into a muscle.</p>")]
    [InlineData("es-ES", "<p>Se pulveriza en la nariz o se inyecta en un músculo.</p>")]
    [InlineData("fr-FR", "<p>Vous la pulvérisez dans le nez, ou elle est injectée dans un muscle.</p>")]
    [InlineData("de-DE", "<p>Sie sprühen es in die Nase, oder es wird in einen Muskel gespritzt.</p>")]
    [InlineData("ar", "<p>تبخّه في أنفك، أو يُحقن في العضل.</p>")]
    public void Check_BothRoutesNamedEqually_Warns(string culture, string howItWorks)
    {
        var finding = Assert.Single(RuleHarness.Document(_rule, Route(culture, "Nasal use", howItWorks)));

        Assert.Equal("route-text-mixed", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal("howItWorks", finding.Property);
    }

    [Fact]
    public void Check_OtherRouteNamedOnceAndOwnNever_WarnsWithoutBlocking()
    {
        var document = Route("en-GB", "Nasal use", "<p>The dose goes into a muscle.</p>");

        Assert.Single(RuleHarness.Document(_rule, document));
        Assert.Empty(RuleHarness.Document(new RouteTextMismatchRule(), document));
    }

    [Fact]
    public void Check_OwnRouteNamedMoreOften_FindsNothing() =>
        Assert.Empty(RuleHarness.Document(_rule, Route("en-GB", "Nasal use", "<p>Intranasal ketamine goes into your nose; an injection into a muscle is the other option. The nasal spray is quick.</p>")));

    [Fact]
    public void Check_ClearMismatch_LeavesItToTheBlockingRule() =>
        Assert.Empty(RuleHarness.Document(_rule, Route("en-GB", "Nasal use", "<p>Intramuscular ketamine is injected into a muscle.</p>")));
}
