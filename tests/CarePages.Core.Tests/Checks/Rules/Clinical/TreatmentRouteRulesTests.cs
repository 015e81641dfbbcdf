using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.TestSupport;
using static CarePages.Core.Tests.Checks.Rules.Clinical.ClinicalTestDocuments;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

/// <summary>medication-missing, route-missing and side-effects-missing.</summary>
public class TreatmentRouteRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Check_RouteWithoutMedication_Blocks(string? medication)
    {
        var finding = Assert.Single(RuleHarness.Document(new MedicationMissingRule(), Route().With(TextField(TreatmentRouteType.Medication, medication))));

        Assert.Equal("medication-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("medication", finding.Property);
    }

    [Fact]
    public void Check_RouteWithoutRouteOfAdministration_Blocks()
    {
        var finding = Assert.Single(RuleHarness.Document(new RouteMissingRule(), Route().With(Choice(TreatmentRouteType.RouteOfAdministration))));

        Assert.Equal("route-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("routeOfAdministration", finding.Property);
    }

    [Fact]
    public void Check_RouteOfAdministrationNotAnEdqmTerm_BlocksListingTheTerms()
    {
        var finding = Assert.Single(RuleHarness.Document(new RouteMissingRule(), Route(route: "Up the nose")));

        Assert.Contains("“Up the nose”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Nasal use, Intramuscular use", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nasal use")]
    [InlineData("intramuscular")]
    public void Check_KnownRouteByTermOrCode_FindsNothing(string route) =>
        Assert.Empty(RuleHarness.Document(new RouteMissingRule(), Route(route: route)));

    [Theory]
    [InlineData(null)]
    [InlineData("<p>&nbsp;</p>")]
    [InlineData("<p> </p><ul><li></li></ul>")]
    [InlineData("<p>\u200B</p>")]
    public void Check_SideEffectsEmptyOrOnlyMarkup_Blocks(string? html)
    {
        var finding = Assert.Single(RuleHarness.Document(new SideEffectsMissingRule(), Route().With(Rich(TreatmentRouteType.SideEffects, html))));

        Assert.Equal("side-effects-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal("sideEffects", finding.Property);
    }

    [Fact]
    public void Check_CompleteRoute_FindsNothing()
    {
        Assert.Empty(RuleHarness.Document(new MedicationMissingRule(), Route()));
        Assert.Empty(RuleHarness.Document(new SideEffectsMissingRule(), Route()));
    }

    [Fact]
    public void Check_OtherDocumentTypes_AreNotTreatmentRoutes()
    {
        Assert.Empty(RuleHarness.Document(new MedicationMissingRule(), Condition()));
        Assert.Empty(RuleHarness.Document(new RouteMissingRule(), Condition()));
        Assert.Empty(RuleHarness.Document(new SideEffectsMissingRule(), Overview(Callout())));
    }

    [Fact]
    public void Check_GermanUi_MessageInGerman() =>
        Assert.Contains("Nebenwirkungen", Assert.Single(RuleHarness.Document(new SideEffectsMissingRule(), Route().With(Rich(TreatmentRouteType.SideEffects, null)), new CheckRequest { Culture = "en-GB", UiCulture = "de" })).Message, StringComparison.Ordinal);
}
