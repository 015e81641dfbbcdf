using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Benchmarks;

/// <summary>
/// The sample intranasal-ketamine route as a ten-field document in en-GB, es-ES and ar: plain text, multiline
/// text, three rich-text fields, benefit blocks, a condition picker, a review date and a booking call-out block
/// (heading, text, E.164 phone, booking URL, opening hours). The sample route has no call-out of its own, so it
/// borrows the treatment overview's, as an editor would by picking the shared library item.
/// </summary>
public static class ClinicDocuments
{
    /// <summary>The fields kept, in the route type's order.</summary>
    public static IReadOnlyList<string> FieldAliases { get; } =
    [
        PageBasicsComposition.PageTitle,
        PageBasicsComposition.Summary,
        ClinicalReviewComposition.NextReviewDue,
        TreatmentRouteType.Medication,
        TreatmentRouteType.HowItWorks,
        TreatmentRouteType.Benefits,
        TreatmentRouteType.SideEffects,
        TreatmentRouteType.WhatToExpect,
        TreatmentRouteType.ConditionsTreated,
        TreatmentRouteType.BookingCallout,
    ];

    /// <summary>The date the benchmark checks as of, so review-date rules see the same thing every run.</summary>
    public static DateOnly Today { get; } = new(2026, 11, 1);

    /// <summary>The route in each of the sample cultures, source culture first.</summary>
    public static IReadOnlyList<CultureDocument> Route { get; } = SampleClinic.Cultures.Select(Build).ToArray();

    /// <summary>The route in the source culture, given to every check as the source document.</summary>
    public static CultureDocument Source => Route[0];

    private static CultureDocument Build(string culture)
    {
        var route = CultureDocumentFactory.Create(Find(TreatmentRouteType.Key, "intranasal"), culture);
        var overview = CultureDocumentFactory.Create(Find(TreatmentOverviewType.Key, null), culture);
        var callout = overview.Field(TreatmentOverviewType.BookingCallout)!;
        var fields = FieldAliases
            .Select(alias => route.Field(alias) ?? throw new InvalidOperationException($"The route has no field {alias}."))
            .Select(field => field.Alias == TreatmentRouteType.BookingCallout && field.IsEmpty ? field with { Elements = callout.Elements } : field)
            .ToArray();
        var empty = fields.Where(f => f.IsEmpty).Select(f => f.Alias).ToArray();
        if (empty.Length > 0)
        {
            throw new InvalidOperationException($"The sample route ({culture}) has empty fields: {string.Join(", ", empty)}.");
        }

        return route with { Fields = fields };
    }

    private static MultiCultureDocument Find(Guid type, string? nameContains) =>
        SampleClinic.Documents.First(d => d.DocumentType.Id == type
            && (nameContains is null || (d.NameIn(SampleClinic.SourceCulture) ?? string.Empty).Contains(nameContains, StringComparison.OrdinalIgnoreCase)));
}
