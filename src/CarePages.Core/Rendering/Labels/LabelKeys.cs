namespace CarePages.Core.Rendering.Labels;

/// <summary>Keys of the fixed interface texts that every language of the label catalogue (<c>page.&lt;language&gt;.json</c>) provides.</summary>
public static class LabelKeys
{
    public const string SiteName = "site.name";
    public const string SkipToContent = "nav.skipToContent";
    public const string Breadcrumb = "nav.breadcrumb";
    public const string Home = "nav.home";
    public const string Languages = "nav.languages";
    public const string Footer = "footer.disclaimer";
    public const string DateFormat = "format.date";

    public const string Introduction = "section.introduction";
    public const string WhatToExpect = "section.whatToExpect";
    public const string Considerations = "section.considerations";
    public const string HowItWorks = "section.howItWorks";
    public const string SideEffects = "section.sideEffects";
    public const string Benefits = "section.benefits";
    public const string Symptoms = "section.symptoms";
    public const string WhenToSeekUrgentHelp = "section.whenToSeekUrgentHelp";
    public const string OtherNames = "section.otherNames";

    public const string AtAGlance = "facts.heading";
    public const string Medication = "facts.medication";
    public const string Route = "facts.route";
    public const string EdqmTerm = "facts.edqmTerm";
    public const string Place = "facts.place";
    public const string AdministeredBy = "facts.administeredBy";
    public const string TypicalOnset = "facts.typicalOnset";

    public const string ConditionsTreated = "related.conditionsTreated";
    public const string TreatmentRoutes = "related.treatmentRoutes";
    public const string OtherRoutes = "related.otherRoutes";
    public const string TreatmentOptions = "related.treatmentOptions";

    public const string ClinicalReview = "review.heading";
    public const string ReviewedBy = "review.reviewedBy";
    public const string ReviewedOn = "review.reviewedOn";
    public const string NextReviewDue = "review.nextReviewDue";

    public const string BookingHeading = "booking.heading";
    public const string Call = "booking.call";
    public const string OpeningHours = "booking.openingHours";
    public const string Access = "booking.access";
    public const string BookOnline = "booking.bookOnline";
    public const string CallToBook = "booking.callToBook";
    public const string MoreWaysToBook = "booking.moreWays";

    public const string PageNotFound = "error.notFound";
    public const string PageNotFoundText = "error.notFoundText";
    public const string AllPages = "home.allPages";

    /// <summary>Label key of a route of administration's plain name, by its code (e.g. <c>intranasal</c>).</summary>
    public static string RouteName(string code) => "route." + code;

    /// <summary>Key of a route's EDQM standard term in a language EDQM publishes it in (<c>edqm.&lt;language&gt;.json</c>), by its EDQM code (e.g. <c>20049000</c>).</summary>
    public static string EdqmStandardTerm(string edqmCode) => "edqm." + edqmCode;

    /// <summary>Label key of a place of administration, by its stored value (e.g. "Clinic").</summary>
    public static string PlaceName(string value) => "place." + value;
}
