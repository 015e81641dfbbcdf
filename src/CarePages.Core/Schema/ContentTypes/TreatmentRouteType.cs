namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Document type for one way of giving a medication (e.g. intranasal ketamine).</summary>
public static class TreatmentRouteType
{
    public static readonly Guid Key = new("48484f9a-9b79-42f4-91e2-46b634ff3e75");
    public static readonly Guid TemplateKey = new("786e5339-5d47-4dd0-b216-a0de542ea9ad");
    public const string Alias = "carePagesTreatmentRoute";
    public const string Medication = "medication";
    public const string RouteOfAdministration = "routeOfAdministration";
    public const string HowItWorks = "howItWorks";
    public const string Benefits = "benefits";
    public const string PlaceOfAdministration = "placeOfAdministration";
    public const string AdministeredBy = "administeredBy";
    public const string TypicalOnset = "typicalOnset";
    public const string SideEffects = "sideEffects";
    public const string WhatToExpect = "whatToExpect";
    public const string ConditionsTreated = "conditionsTreated";
    public const string BookingCallout = "bookingCallout";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Treatment route", ContentTypeKind.Document, "icon-pill")
            .Describe("One route of administration of a medication, e.g. intranasal ketamine. The page's name is its title.")
            .Composes(PageBasicsComposition.Key, ClinicalReviewComposition.Key)
            .WithTemplate(TemplateKey)
            .Tab("Treatment")
            .Variant(Medication, "Medication (international non-proprietary name)", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "The INN as spelled in this language, e.g. ketamine, ketamina, kétamine. Not a brand name.",
                Mandatory = true,
                MandatoryMessage = "Name the medication by its international non-proprietary name.",
            })
            .Invariant(RouteOfAdministration, "Route of administration", CarePagesDataTypes.RouteOfAdministration, FieldKind.Choice, p => p with
            {
                Description = "EDQM standard term.",
                Mandatory = true,
                MandatoryMessage = "Choose the route of administration.",
            })
            .Variant(HowItWorks, "How it works", CarePagesDataTypes.PatientRichText, FieldKind.RichText, p => p with
            {
                Description = "Describe this route only: how the medication is given and how it reaches the body.",
                Mandatory = true,
                MandatoryMessage = "Explain how this route works.",
            })
            .Invariant(Benefits, "Benefits", CarePagesDataTypes.BenefitList, FieldKind.Blocks)
            .Invariant(PlaceOfAdministration, "Where it is given", CarePagesDataTypes.PlaceOfAdministration, FieldKind.Choice)
            .Variant(AdministeredBy, "Who gives it", BuiltInDataTypes.Textstring, FieldKind.PlainText)
            .Variant(TypicalOnset, "Typical onset", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "How soon patients usually feel an effect, e.g. \"often within an hour\".",
            })
            .Variant(SideEffects, "Side effects", CarePagesDataTypes.PatientRichText, FieldKind.RichText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "List the side effects patients may notice.",
            })
            .Variant(WhatToExpect, "What to expect", CarePagesDataTypes.PatientRichText, FieldKind.RichText)
            .Invariant(ConditionsTreated, "Conditions treated", CarePagesDataTypes.ConditionPicker, FieldKind.Picker)
            .Invariant(BookingCallout, "Booking call-out", CarePagesDataTypes.BookingCalloutBlock, FieldKind.Blocks)
            .Build();
}
