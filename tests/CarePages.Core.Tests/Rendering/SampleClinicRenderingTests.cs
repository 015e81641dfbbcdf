using CarePages.Core.Rendering;
using CarePages.Core.SampleContent;

namespace CarePages.Core.Tests.Rendering;

public class SampleClinicRenderingTests
{
    private static readonly Guid IntranasalRoute = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    private static InMemoryPageLookup Site() =>
        new(SampleClinic.Documents, SampleClinic.SourceCulture, (key, culture) => $"/{culture.ToLowerInvariant()}/{key}");

    [Fact]
    public void Create_EverySampleDocumentInEveryCulture_GivesAPageWithTitleSummaryAndAllLanguages()
    {
        var site = Site();

        foreach (var document in SampleClinic.Documents)
        {
            foreach (var culture in document.Cultures)
            {
                var page = PageViewModelFactory.Create(site.Find(document.Id, culture)!, site);

                Assert.False(string.IsNullOrWhiteSpace(page.Title));
                Assert.False(string.IsNullOrWhiteSpace(page.Summary));
                Assert.Equal(document.Cultures.Count(), page.Alternates.Count);
            }
        }
    }

    [Fact]
    public void Create_SpanishIntranasalRoute_ShowsTheOverviewsBookingCallout()
    {
        var site = Site();

        var page = PageViewModelFactory.Create(site.Find(IntranasalRoute, "es-ES")!, site);

        Assert.Equal("Ketamina intranasal", page.Title);
        Assert.Equal(PageKind.TreatmentRoute, page.Kind);
        Assert.NotNull(page.Booking);
        Assert.StartsWith("tel:+", page.Booking.TelHref, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Nasal use", null)]
    [InlineData("es-ES", "Vía nasal", null)]
    [InlineData("ar", "Nasal use", "en")]
    public void Create_IntranasalRoute_NamesTheEdqmTermInThePagesLanguageOrMarksTheEnglishOne(string culture, string term, string? termLang)
    {
        var site = Site();

        var route = PageViewModelFactory.Create(site.Find(IntranasalRoute, culture)!, site).Facts!.Route!;

        Assert.Equal(term, route.EdqmTerm);
        Assert.Equal(termLang, route.EdqmTermLang);
        Assert.Equal("20049000", route.EdqmCode);
    }

    [Theory]
    [InlineData("en-GB", null)]
    [InlineData("es-ES", "en-GB")]
    [InlineData("ar", "en-GB")]
    public void Create_Review_MarksTheReviewerWrittenInTheSourceLanguageOnTranslatedPages(string culture, string? lang)
    {
        var site = Site();

        var review = PageViewModelFactory.Create(site.Find(IntranasalRoute, culture)!, site).Review!;

        Assert.Equal(lang, review.ReviewedByLang);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("es-ES")]
    [InlineData("ar")]
    public void Sample_BookingCallout_HasNoOnlineBookingLinkToAPageThatDoesNotExist(string culture)
    {
        var site = Site();

        var booking = PageViewModelFactory.Create(site.Find(IntranasalRoute, culture)!, site).Booking!;

        Assert.Null(booking.BookingUrl);
        Assert.NotNull(booking.TelHref);
    }
}
