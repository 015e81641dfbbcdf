using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Checks.Rules.Clinical;

/// <summary>Small hand-built documents for the clinical rules: complete and valid unless a test replaces a field.</summary>
internal static class ClinicalTestDocuments
{
    public static DocumentField TextField(string alias, string? text, FieldKind kind = FieldKind.PlainText) => new() { Alias = alias, Kind = kind, Text = text };

    public static DocumentField Rich(string alias, string? html) => TextField(alias, html, FieldKind.RichText);

    public static DocumentField Choice(string alias, params string[] items) => new() { Alias = alias, Kind = FieldKind.Choice, Items = items };

    public static DocumentField Blocks(string alias, params DocumentElement[] elements) => new() { Alias = alias, Kind = FieldKind.Blocks, Elements = elements };

    public static DocumentElement Benefit(string title, string text) =>
        new(Guid.NewGuid(), BenefitElementType.Alias, [TextField(BenefitElementType.Title, title), TextField(BenefitElementType.Text, text, FieldKind.MultilineText)]);

    public static DocumentElement Callout(string? heading = "Book an appointment", string? text = "Call us to book an assessment.", string? phone = "+442079460123", string? url = null, string? button = null, string? accessNote = null) =>
        new(Guid.NewGuid(), BookingCalloutElementType.Alias,
        [
            TextField(BookingCalloutElementType.Heading, heading),
            TextField(BookingCalloutElementType.Text, text, FieldKind.MultilineText),
            TextField(BookingCalloutElementType.PhoneNumber, phone, FieldKind.Phone),
            TextField(BookingCalloutElementType.PhoneLabel, "020 7946 0123"),
            TextField(BookingCalloutElementType.BookingUrl, url, FieldKind.Url),
            TextField(BookingCalloutElementType.AccessNote, accessNote, FieldKind.MultilineText),
            TextField(BookingCalloutElementType.ButtonText, button),
        ]);

    /// <summary>A valid treatment route in <paramref name="culture"/> with <paramref name="route"/> and a neutral how-it-works text.</summary>
    public static CultureDocument Route(string culture = "en-GB", string route = "Nasal use", string howItWorks = "<p>Ketamine may ease long-term pain.</p>") => new()
    {
        Key = Guid.NewGuid(),
        ContentTypeAlias = TreatmentRouteType.Alias,
        Culture = culture,
        Name = "Ketamine",
        Fields =
        [
            TextField(PageBasicsComposition.Summary, "Ketamine may ease long-term pain.", FieldKind.MultilineText),
            TextField(TreatmentRouteType.Medication, "ketamine"),
            Choice(TreatmentRouteType.RouteOfAdministration, route),
            Rich(TreatmentRouteType.HowItWorks, howItWorks),
            Blocks(TreatmentRouteType.Benefits),
            Rich(TreatmentRouteType.SideEffects, "<p>You may feel dizzy.</p>"),
            Blocks(TreatmentRouteType.BookingCallout),
            .. Review(),
        ],
    };

    /// <summary>A treatment overview whose booking call-out is <paramref name="callout"/>.</summary>
    public static CultureDocument Overview(DocumentElement callout, string culture = "en-GB") => new()
    {
        Key = Guid.NewGuid(),
        ContentTypeAlias = TreatmentOverviewType.Alias,
        Culture = culture,
        Name = "Ketamine",
        Fields = [Rich(TreatmentOverviewType.Introduction, "<p>Ketamine.</p>"), Blocks(TreatmentOverviewType.BookingCallout, callout), .. Review()],
    };

    /// <summary>A condition page with the given review fields.</summary>
    public static CultureDocument Condition(string? reviewedBy = "Dr A. Example", string? reviewedOn = "2026-09-14", string? nextReviewDue = "2027-09-14") => new()
    {
        Key = Guid.NewGuid(),
        ContentTypeAlias = ConditionType.Alias,
        Culture = "en-GB",
        Name = "CRPS",
        Fields = [Rich(ConditionType.Symptoms, "<p>Burning pain.</p>"), .. Review(reviewedBy, reviewedOn, nextReviewDue)],
    };

    /// <summary><paramref name="document"/> with <paramref name="field"/> in place of the field of the same alias (or added).</summary>
    public static CultureDocument With(this CultureDocument document, DocumentField field) =>
        document with { Fields = [.. document.Fields.Where(f => f.Alias != field.Alias), field] };

    private static DocumentField[] Review(string? reviewedBy = "Dr A. Example", string? reviewedOn = "2026-09-14", string? nextReviewDue = "2027-09-14") =>
    [
        TextField(ClinicalReviewComposition.ReviewedBy, reviewedBy),
        TextField(ClinicalReviewComposition.ReviewedOn, reviewedOn, FieldKind.Date),
        TextField(ClinicalReviewComposition.NextReviewDue, nextReviewDue, FieldKind.Date),
    ];
}
