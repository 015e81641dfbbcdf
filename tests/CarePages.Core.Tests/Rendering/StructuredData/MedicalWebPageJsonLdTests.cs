using System.Text.Json;
using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Rendering.StructuredData;
using CarePages.Core.SampleContent;

namespace CarePages.Core.Tests.Rendering.StructuredData;

public class MedicalWebPageJsonLdTests
{
    private static readonly Guid IntranasalRoute = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    private static readonly Guid CrpsCondition = new("5e61cb7e-fb30-4dbc-aeac-e437387ba89d");

    private static string OnClinicHost(string url) => AbsoluteUrl.Resolve(url, "https", "clinic.example");

    private static PageViewModel SamplePage(Guid key, string culture)
    {
        var site = new InMemoryPageLookup(SampleClinic.Documents, SampleClinic.SourceCulture, (k, c) => $"/{c.ToLowerInvariant()}/{k}");
        return PageViewModelFactory.Create(site.Find(key, culture)!, site);
    }

    private static JsonElement Parse(PageViewModel page) => JsonDocument.Parse(MedicalWebPageJsonLd.Write(page, OnClinicHost)).RootElement;

    [Fact]
    public void Write_SpanishRoute_IsAMedicalWebPageAboutATherapyWithTheDrugAndItsRoute()
    {
        var page = SamplePage(IntranasalRoute, "es-ES");

        var json = Parse(page);

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", json.GetProperty("@type").GetString());
        Assert.Equal("es-ES", json.GetProperty("inLanguage").GetString());
        Assert.Equal($"https://clinic.example/es-es/{IntranasalRoute}", json.GetProperty("url").GetString());
        var therapy = json.GetProperty("about");
        Assert.Equal("MedicalTherapy", therapy.GetProperty("@type").GetString());
        Assert.Equal("Ketamina intranasal", therapy.GetProperty("name").GetString());
        var drug = therapy.GetProperty("drug");
        Assert.Equal("Drug", drug.GetProperty("@type").GetString());
        Assert.Equal(page.Facts!.Medication, drug.GetProperty("name").GetString());
        Assert.Equal(LabelCatalogue.For("es-ES")[LabelKeys.RouteName("intranasal")], drug.GetProperty("administrationRoute").GetString());
    }

    [Fact]
    public void Write_ReviewedPage_GivesLastReviewedAsAnIsoDateAndTheReviewerAsAPerson()
    {
        var page = SamplePage(IntranasalRoute, "ar");

        var json = Parse(page);

        Assert.Equal(page.Review!.ReviewedOnIso, json.GetProperty("lastReviewed").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", json.GetProperty("lastReviewed").GetString());
        Assert.Equal("Person", json.GetProperty("reviewedBy").GetProperty("@type").GetString());
        Assert.Equal(page.Review.ReviewedBy, json.GetProperty("reviewedBy").GetProperty("name").GetString());
    }

    [Fact]
    public void Write_Condition_IsAMedicalConditionWhosePossibleTreatmentsAreItsRoutes()
    {
        var page = SamplePage(CrpsCondition, "en-GB");

        var condition = Parse(page).GetProperty("about");

        Assert.Equal("MedicalCondition", condition.GetProperty("@type").GetString());
        Assert.Equal(page.Title, condition.GetProperty("name").GetString());
        var treatments = condition.GetProperty("possibleTreatment").EnumerateArray().ToArray();
        var options = page.Related.Single(list => list.Id == RelatedListIds.TreatmentOptions).Links;
        Assert.Equal(options.Select(link => link.Text), treatments.Select(t => t.GetProperty("name").GetString()));
        Assert.All(treatments, t => Assert.Equal("MedicalTherapy", t.GetProperty("@type").GetString()));
        Assert.All(treatments, t => Assert.StartsWith("https://clinic.example/en-gb/", t.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Page_GivesTheBreadcrumbAsAnOrderedListOfAbsoluteLinks()
    {
        var page = SamplePage(IntranasalRoute, "en-GB");

        var items = Parse(page).GetProperty("breadcrumb").GetProperty("itemListElement").EnumerateArray().ToArray();

        Assert.Equal(page.Breadcrumb.Count, items.Length);
        Assert.Equal(Enumerable.Range(1, items.Length), items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal(page.Breadcrumb.Select(l => OnClinicHost(l.Url)), items.Select(i => i.GetProperty("item").GetString()));
    }

    [Fact]
    public void Write_PageWithoutReviewOrFacts_LeavesThoseOutRatherThanWritingEmptyValues()
    {
        var page = SamplePage(IntranasalRoute, "en-GB") with { Review = null, Facts = null, MetaDescription = null, Summary = null };

        var json = MedicalWebPageJsonLd.Write(page, OnClinicHost);

        Assert.DoesNotContain("lastReviewed", json, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewedBy", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"drug\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("description", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TitleThatClosesTheScriptElement_IsEscapedAndStillReadsBackUnchanged()
    {
        const string hostile = "</script><script>alert(1)</script> & co";
        var page = SamplePage(IntranasalRoute, "en-GB") with { Title = hostile };

        var json = MedicalWebPageJsonLd.Write(page, OnClinicHost);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Write_ArabicPage_KeepsArabicTextReadableRatherThanEscaped()
    {
        var page = SamplePage(IntranasalRoute, "ar");

        var json = MedicalWebPageJsonLd.Write(page, OnClinicHost);

        Assert.Contains(page.Title, json, StringComparison.Ordinal);
    }
}
