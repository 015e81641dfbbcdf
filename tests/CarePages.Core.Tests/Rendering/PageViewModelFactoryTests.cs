using CarePages.Core.Documents;
using CarePages.Core.Rendering;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Rendering;

public class PageViewModelFactoryTests
{
    private static readonly Dictionary<string, string> OverviewHeadings = new()
    {
        ["en-GB"] = "Book an appointment",
        ["es-ES"] = "Pida cita",
        ["ar"] = "احجز موعدًا",
    };

    private static MultiCultureDocument Overview() => MultiCultureDocumentBuilder.Overview()
        .Named("en-GB", "Ketamine for pain").Named("es-ES", "Ketamina para el dolor").Named("ar", "الكيتامين للألم")
        .WithCallout(TreatmentOverviewType.BookingCallout, "+442079460123", OverviewHeadings)
        .Build();

    private static MultiCultureDocumentBuilder Route(MultiCultureDocument parent) => MultiCultureDocumentBuilder.Route()
        .Under(parent)
        .Named("en-GB", "Intranasal ketamine").Named("es-ES", "Ketamina intranasal").Named("ar", "الكيتامين عن طريق الأنف")
        .With(TreatmentRouteType.RouteOfAdministration, null, new[] { "Nasal use" })
        .With(TreatmentRouteType.SideEffects, "es-ES", "<p>Mareo.</p>")
        .With(TreatmentRouteType.HowItWorks, "es-ES", "<p>Se pulveriza.</p>")
        .With(ClinicalReviewComposition.ReviewedOn, null, "2026-09-14");

    [Fact]
    public void Create_RouteWithoutOwnCallout_ShowsItsOverviewsCalloutInTheSameLanguage()
    {
        var overview = Overview();
        var route = Route(overview).Build();

        var page = TestSite.Page(TestSite.Of(overview, route), route, "es-ES");

        Assert.NotNull(page.Booking);
        Assert.Equal("Pida cita", page.Booking.Heading);
        Assert.Equal("tel:+442079460123", page.Booking.TelHref);
    }

    [Fact]
    public void Create_RouteWithOwnCallout_ShowsItsOwnRatherThanTheOverviews()
    {
        var overview = Overview();
        var route = Route(overview)
            .WithCallout(TreatmentRouteType.BookingCallout, "+34911234567", new Dictionary<string, string> { ["es-ES"] = "Llame a Madrid" })
            .Build();

        var page = TestSite.Page(TestSite.Of(overview, route), route, "es-ES");

        Assert.Equal("Llame a Madrid", page.Booking!.Heading);
        Assert.Equal("tel:+34911234567", page.Booking.TelHref);
    }

    [Fact]
    public void Create_CalloutWithBookingUrlButNoButtonText_UsesTheCataloguesButtonText()
    {
        var overview = MultiCultureDocumentBuilder.Overview().Named("es-ES", "Ketamina")
            .WithCallout(TreatmentOverviewType.BookingCallout, "+442079460123", new Dictionary<string, string> { ["es-ES"] = "Pida cita" }, "/book")
            .Build();

        var page = TestSite.Page(TestSite.Of(overview), overview, "es-ES");

        Assert.Equal("/book", page.Booking!.BookingUrl);
        Assert.Equal("Pedir cita en línea", page.Booking.ButtonText);
    }

    [Fact]
    public void Create_ArabicPage_IsRightToLeftWithArabicHeadings()
    {
        var overview = Overview();
        var route = Route(overview).With(TreatmentRouteType.SideEffects, "ar", "<p>دوخة.</p>").Build();

        var page = TestSite.Page(TestSite.Of(overview, route), route, "ar");

        Assert.Equal("ar", page.Lang);
        Assert.Equal("rtl", page.Dir);
        Assert.Equal("الآثار الجانبية", page.Section(TreatmentRouteType.SideEffects)!.Heading);
    }

    [Fact]
    public void Create_SpanishRoute_NamesTheSectionsInSpanishInReadingOrder()
    {
        var overview = Overview();
        var route = Route(overview).Build();

        var page = TestSite.Page(TestSite.Of(overview, route), route, "es-ES");

        Assert.Equal("ltr", page.Dir);
        Assert.Equal("Ketamina intranasal", page.Title);
        Assert.Equal(["Cómo funciona", "Efectos secundarios"], page.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Create_Route_ShowsTheRouteInPlainWordsWithItsEdqmTermInThePagesLanguage()
    {
        var overview = Overview();
        var route = Route(overview).Build();

        var facts = TestSite.Page(TestSite.Of(overview, route), route, "es-ES").Facts;

        Assert.Equal(new RouteOfAdministrationViewModel("Pulverización nasal", "Vía nasal", "20049000"), facts!.Route);
    }

    [Fact]
    public void Create_ReviewDate_IsWrittenTheWayTheCultureWritesDates()
    {
        var overview = Overview();
        var route = Route(overview).Build();
        var site = TestSite.Of(overview, route);

        Assert.Equal("14 de septiembre de 2026", TestSite.Page(site, route, "es-ES").Review!.ReviewedOn);
        Assert.Equal("14 September 2026", TestSite.Page(site, route, "en-GB").Review!.ReviewedOn);
        Assert.Equal("2026-09-14", TestSite.Page(site, route, "ar").Review!.ReviewedOnIso);
    }

    [Fact]
    public void Create_ChildPage_BreadcrumbRunsFromHomeThroughParentToThePage()
    {
        var overview = Overview();
        var route = Route(overview).Build();

        var page = TestSite.Page(TestSite.Of(overview, route), route, "es-ES");

        Assert.Equal(["Inicio", "Ketamina para el dolor", "Ketamina intranasal"], page.Breadcrumb.Select(l => l.Text));
        Assert.True(page.Breadcrumb[^1].IsCurrent);
    }

    [Fact]
    public void Create_Page_ListsEveryLanguageInItsOwnNameWithSourceAsDefault()
    {
        var overview = Overview();

        var page = TestSite.Page(TestSite.Of(overview), overview, "ar");

        Assert.Equal(["en-GB", "es-ES", "ar"], page.Alternates.Select(a => a.Culture));
        Assert.Equal("العربية", page.Alternates[2].NativeName);
        Assert.Equal("rtl", page.Alternates[2].Dir);
        Assert.True(page.Alternates[2].IsCurrent);
        Assert.Equal($"/en-gb/{overview.Id}", page.XDefaultUrl);
    }

    [Fact]
    public void Create_Condition_LinksPickedRoutesByTheirNamesInThePagesLanguage()
    {
        var overview = Overview();
        var route = Route(overview).Build();
        var condition = MultiCultureDocumentBuilder.Condition()
            .Named("en-GB", "Chronic migraine").Named("es-ES", "Migraña crónica")
            .Picking(ConditionType.TreatmentRoutes, route)
            .Build();

        var page = TestSite.Page(TestSite.Of(overview, route, condition), condition, "es-ES");

        var related = Assert.Single(page.Related);
        Assert.Equal("Opciones de tratamiento", related.Heading);
        Assert.Equal(new LinkViewModel("Ketamina intranasal", $"/es-es/{route.Id}", "es-ES"), Assert.Single(related.Links));
    }

    [Fact]
    public void Create_EmptyPageTitleField_UsesTheNameForTheTitleElement()
    {
        var overview = Overview();

        var page = TestSite.Page(TestSite.Of(overview), overview, "en-GB");

        Assert.Equal("Ketamine for pain", page.PageTitle);
    }
}
