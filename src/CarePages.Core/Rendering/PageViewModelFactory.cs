using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Rendering.Mapping;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering;

/// <summary>Maps one document in one culture (a <see cref="CultureDocument"/>) to the plain view model the Razor partials render.</summary>
public static class PageViewModelFactory
{
    /// <summary>
    /// Builds the page for <paramref name="document"/>, using <paramref name="lookup"/> for parents, related pages and URLs,
    /// with the clinic's <paramref name="branding"/> in the header (none: "Patient information").
    /// </summary>
    /// <exception cref="DocumentShapeException">The document is not a CarePages page type.</exception>
    public static PageViewModel Create(CultureDocument document, IPageLookup lookup, SiteBranding? branding = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lookup);
        var labels = LabelCatalogue.For(document.Culture);
        var alternates = AlternateLinksMapper.Map(document, lookup);
        return new PageViewModel
        {
            Kind = KindOf(document),
            Key = document.Key,
            Culture = document.Culture,
            Dir = WritingDirections.Of(document.Culture).ToAttribute(),
            Title = document.Name,
            PageTitle = document.Text(PageBasicsComposition.PageTitle) ?? document.Name,
            Url = lookup.UrlOf(document.Key, document.Culture) ?? string.Empty,
            HomeUrl = lookup.HomeUrl(document.Culture),
            MetaDescription = document.Text(PageBasicsComposition.MetaDescription),
            Summary = document.Text(PageBasicsComposition.Summary),
            OtherNames = document.Text(ConditionType.OtherNames),
            Breadcrumb = BreadcrumbMapper.Map(document, lookup, labels),
            Sections = SectionMapper.Map(document, labels),
            Benefits = BenefitsMapper.Map(document),
            Facts = TreatmentFactsMapper.Map(document, labels),
            Review = ClinicalReviewMapper.Map(document, lookup.DefaultCulture, labels),
            Booking = BookingCalloutMapper.Map(document, lookup, labels),
            Alternates = alternates,
            XDefaultUrl = AlternateLinksMapper.XDefault(document, lookup, alternates),
            Related = RelatedLinksMapper.Map(document, lookup, labels),
            Labels = labels,
            Branding = branding ?? new SiteBranding(),
        };
    }

    private static PageKind KindOf(CultureDocument document) => document.ContentTypeAlias switch
    {
        TreatmentOverviewType.Alias => PageKind.TreatmentOverview,
        TreatmentRouteType.Alias => PageKind.TreatmentRoute,
        ConditionType.Alias => PageKind.Condition,
        _ => throw new DocumentShapeException($"document {document.Key}: {document.ContentTypeAlias} is not a page type CarePages renders."),
    };
}
