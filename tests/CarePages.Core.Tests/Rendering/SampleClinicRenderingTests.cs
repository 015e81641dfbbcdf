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
}
