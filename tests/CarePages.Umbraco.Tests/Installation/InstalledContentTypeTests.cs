using System.Text.RegularExpressions;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Tests.Harness;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>What editors get: the content types the installer saves through Umbraco's own services.</summary>
public sealed class InstalledContentTypeTests
{
    [Theory]
    [InlineData("medication", true, true, "Umbraco.TextBox")]
    [InlineData("routeOfAdministration", false, true, "Umbraco.DropDown.Flexible")]
    [InlineData("howItWorks", true, true, "Umbraco.RichText")]
    [InlineData("benefits", false, false, "Umbraco.BlockList")]
    [InlineData("placeOfAdministration", false, false, "Umbraco.CheckBoxList")]
    [InlineData("administeredBy", true, false, "Umbraco.TextBox")]
    [InlineData("typicalOnset", true, false, "Umbraco.TextBox")]
    [InlineData("sideEffects", true, true, "Umbraco.RichText")]
    [InlineData("whatToExpect", true, false, "Umbraco.RichText")]
    [InlineData("conditionsTreated", false, false, "Umbraco.MultiNodeTreePicker")]
#if UMBRACO_18_OR_GREATER
    [InlineData("bookingCallout", false, false, "Umbraco.SingleBlock")]
#else
    [InlineData("bookingCallout", false, false, "Umbraco.BlockList")]
#endif
    public void TreatmentRoute_Property_HasTheExpectedVariationValidationAndEditor(string alias, bool variesByCulture, bool mandatory, string editorAlias)
    {
        var property = InstalledSchema.ContentType(TreatmentRouteType.Alias).PropertyTypes.Single(p => p.Alias == alias);

        Assert.Equal(variesByCulture ? ContentVariation.Culture : ContentVariation.Nothing, property.Variations);
        Assert.Equal(mandatory, property.Mandatory);
        Assert.Equal(editorAlias, property.PropertyEditorAlias);
    }

    [Theory]
    [InlineData(TreatmentOverviewType.Alias, new[] { "introduction", "conditionsTreated", "whatToExpect", "considerations", "bookingCallout" })]
    [InlineData(ConditionType.Alias, new[] { "otherNames", "symptoms", "treatmentRoutes", "whenToSeekUrgentHelp" })]
    [InlineData(BookingCalloutElementType.Alias, new[] { "heading", "text", "phoneNumber", "phoneLabel", "bookingUrl", "openingHours", "accessNote", "buttonText" })]
    [InlineData(BenefitElementType.Alias, new[] { "title", "text" })]
    public void ContentType_OwnProperties_AreExactlyTheDocumentedOnes(string typeAlias, string[] expectedAliases)
    {
        var aliases = InstalledSchema.ContentType(typeAlias).PropertyTypes.OrderBy(p => p.SortOrder).Select(p => p.Alias);

        Assert.Equal(expectedAliases, aliases);
    }

    [Theory]
    [InlineData(TreatmentOverviewType.Alias)]
    [InlineData(TreatmentRouteType.Alias)]
    [InlineData(ConditionType.Alias)]
    public void ClinicalDocumentType_ComposesPageBasicsAndAnInvariantClinicalReview(string typeAlias)
    {
        var type = InstalledSchema.ContentType(typeAlias);

        Assert.Equal([PageBasicsComposition.Alias, ClinicalReviewComposition.Alias], type.ContentTypeComposition.Select(c => c.Alias));
        var composed = type.CompositionPropertyTypes.ToDictionary(p => p.Alias);
        Assert.Equal(ContentVariation.Culture, composed["pageTitle"].Variations);
        Assert.Equal(ContentVariation.Culture, composed["summary"].Variations);
        Assert.All(new[] { "reviewedBy", "reviewedOn", "nextReviewDue" }, alias =>
        {
            Assert.Equal(ContentVariation.Nothing, composed[alias].Variations);
            Assert.True(composed[alias].Mandatory);
        });
        Assert.Equal(ContentVariation.Culture, type.Variations);
        Assert.False(type.IsElement);
        Assert.Equal(typeAlias, type.DefaultTemplate?.Alias);
    }

    [Theory]
    [InlineData("+442079460123", true)]
    [InlineData("+34911234567", true)]
    [InlineData("020 7946 0123", false)]
    [InlineData("+44 20 7946 0123", false)]
    [InlineData("+0442079460123", false)]
    [InlineData("+4420794601234567", false)]
    [InlineData("tel:+442079460123", false)]
    public void BookingCalloutPhoneNumber_Validation_AcceptsOnlyE164(string phone, bool accepted)
    {
        var property = InstalledSchema.ContentType(BookingCalloutElementType.Alias).PropertyTypes.Single(p => p.Alias == "phoneNumber");

        Assert.Equal(accepted, Regex.IsMatch(phone, property.ValidationRegExp!));
        Assert.True(property.Mandatory);
        Assert.Equal(ContentVariation.Nothing, property.Variations);
        Assert.Contains("E.164", property.ValidationRegExpMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void BookingCallout_IsAnElementWhoseTextVariesButWhoseNumberAndUrlDoNot()
    {
        var type = InstalledSchema.ContentType(BookingCalloutElementType.Alias);
        var invariant = type.PropertyTypes.Where(p => p.Variations == ContentVariation.Nothing).Select(p => p.Alias);

        Assert.True(type.IsElement);
        Assert.Equal(["phoneNumber", "bookingUrl"], invariant);
    }

    [Theory]
    [InlineData("https://clinic.example/book", true)]
    [InlineData("/book", true)]
    [InlineData("http://clinic.example/book", false)]
    [InlineData("javascript:alert(1)", false)]
    public void BookingUrl_Validation_AcceptsHttpsOrSitePaths(string url, bool accepted)
    {
        var property = InstalledSchema.ContentType(BookingCalloutElementType.Alias).PropertyTypes.Single(p => p.Alias == "bookingUrl");

        Assert.Equal(accepted, Regex.IsMatch(url, property.ValidationRegExp!));
        Assert.False(property.Mandatory);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void PageTitle_Validation_AllowsAtMostSixtyCharacters(int length, bool accepted)
    {
        var property = InstalledSchema.ContentType(PageBasicsComposition.Alias).PropertyTypes.Single(p => p.Alias == "pageTitle");

        Assert.Equal(accepted, Regex.IsMatch(new string('a', length), property.ValidationRegExp!));
    }

    [Theory]
    [InlineData(160, true)]
    [InlineData(161, false)]
    public void MetaDescription_Validation_AllowsAtMostOneHundredSixtyCharacters(int length, bool accepted)
    {
        var property = InstalledSchema.ContentType(PageBasicsComposition.Alias).PropertyTypes.Single(p => p.Alias == "metaDescription");

        Assert.Equal(accepted, Regex.IsMatch(new string('a', length), property.ValidationRegExp!));
    }

    [Fact]
    public void TreatmentOverview_AllowsTreatmentRoutesAsChildrenAndSitsAtTheRoot()
    {
        var overview = InstalledSchema.ContentType(TreatmentOverviewType.Alias);
        var route = InstalledSchema.ContentType(TreatmentRouteType.Alias);

        Assert.True(overview.AllowedAsRoot);
        Assert.Equal([route.Key], overview.AllowedContentTypes!.Select(s => s.Key));
        Assert.False(route.AllowedAsRoot);
    }

    [Fact]
    public void RouteOfAdministrationDataType_OffersTheEdqmStandardTerms()
    {
        var dataType = InstalledSchema.DataType(CarePagesDataTypes.RouteOfAdministration);

        Assert.Equal("Umbraco.DropDown.Flexible", dataType.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.Dropdown", dataType.EditorUiAlias);
        Assert.Equal(["Nasal use", "Intramuscular use", "Intravenous use", "Oral use", "Subcutaneous use"], (string[])dataType.ConfigurationData["items"]);
    }

    [Fact]
    public void PageTitleDataType_LimitsTheTextBoxToSixtyCharacters()
    {
        var dataType = InstalledSchema.DataType(CarePagesDataTypes.PageTitle);

        Assert.Equal("Umbraco.TextBox", dataType.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.TextBox", dataType.EditorUiAlias);
        Assert.Equal(60, dataType.ConfigurationData["maxChars"]);
    }
}
