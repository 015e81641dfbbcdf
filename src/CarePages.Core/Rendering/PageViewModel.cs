using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Rendering;

/// <summary>Everything a CarePages page shows, in one culture, with no Umbraco types: the same markup renders in Umbraco and in the demo.</summary>
public sealed record PageViewModel
{
    /// <summary>Which body the page renders.</summary>
    public required PageKind Kind { get; init; }

    /// <summary>The document's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The culture shown, e.g. <c>es-ES</c>; also the <c>lang</c> attribute's value.</summary>
    public required string Culture { get; init; }

    /// <summary>The value of the <c>lang</c> attribute on <c>html</c>.</summary>
    public string Lang => Culture;

    /// <summary><c>ltr</c> or <c>rtl</c>, for the <c>dir</c> attribute on <c>html</c>.</summary>
    public required string Dir { get; init; }

    /// <summary>The page's name in this culture: the one H1.</summary>
    public required string Title { get; init; }

    /// <summary>Text of the <c>title</c> element: the page title field, or the name when it is empty.</summary>
    public required string PageTitle { get; init; }

    /// <summary>This page's URL.</summary>
    public required string Url { get; init; }

    /// <summary>The home page's URL for this culture.</summary>
    public required string HomeUrl { get; init; }

    /// <summary>Meta description, or null.</summary>
    public string? MetaDescription { get; init; }

    /// <summary>Plain-language summary shown under the H1, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Other names of a condition (e.g. "CRPS"), or null.</summary>
    public string? OtherNames { get; init; }

    /// <summary>Home, then ancestors, then this page (marked current).</summary>
    public IReadOnlyList<LinkViewModel> Breadcrumb { get; init; } = [];

    /// <summary>Headed rich-text sections, in reading order.</summary>
    public IReadOnlyList<SectionViewModel> Sections { get; init; } = [];

    /// <summary>Benefits of a treatment route.</summary>
    public IReadOnlyList<BenefitViewModel> Benefits { get; init; } = [];

    /// <summary>The "at a glance" facts of a treatment route, or null on other pages.</summary>
    public TreatmentFactsViewModel? Facts { get; init; }

    /// <summary>Clinical review, or null when none is recorded.</summary>
    public ClinicalReviewViewModel? Review { get; init; }

    /// <summary>Booking call-out (a route without its own shows its overview's), or null.</summary>
    public BookingCalloutViewModel? Booking { get; init; }

    /// <summary>This page in every language it has, this one included.</summary>
    public IReadOnlyList<AlternateLinkViewModel> Alternates { get; init; } = [];

    /// <summary>The URL <c>hreflang="x-default"</c> points at, or null.</summary>
    public string? XDefaultUrl { get; init; }

    /// <summary>Lists of related pages (conditions, routes).</summary>
    public IReadOnlyList<RelatedLinksViewModel> Related { get; init; } = [];

    /// <summary>Interface texts in this page's language.</summary>
    public required UiLabels Labels { get; init; }

    /// <summary>The clinic's name and logo for the header.</summary>
    public SiteBranding Branding { get; init; } = new();

    /// <summary>The header: clinic, home link and language switcher.</summary>
    public SiteHeaderViewModel Header => new(Dir, HomeUrl, Labels, Branding, Alternates);

    /// <summary>The section whose id is <paramref name="id"/>, or null.</summary>
    public SectionViewModel? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);
}
