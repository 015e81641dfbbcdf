namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Document type for a treatment protocol article; its children are the treatment routes.</summary>
public static class TreatmentOverviewType
{
    public static readonly Guid Key = new("36a2942a-758a-4a34-827a-bb18f49b9145");
    public static readonly Guid TemplateKey = new("d8056ec4-54a5-49d6-8cd4-aba8e55f83be");
    public const string Alias = "carePagesTreatmentOverview";
    public const string Introduction = "introduction";
    public const string ConditionsTreated = "conditionsTreated";
    public const string WhatToExpect = "whatToExpect";
    public const string Considerations = "considerations";
    public const string BookingCallout = "bookingCallout";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Treatment overview", ContentTypeKind.Document, "icon-medicine")
            .Describe("A treatment protocol explained for patients. The page's name is its title; treatment routes go underneath.")
            .AllowAtRoot()
            .Composes(PageBasicsComposition.Key, ClinicalReviewComposition.Key)
            .AllowChildren(TreatmentRouteType.Key)
            .WithTemplate(TemplateKey)
            .Tab("Content")
            .Variant(Introduction, "Introduction", CarePagesDataTypes.PatientRichText, FieldKind.RichText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Introduce the treatment in plain language.",
            })
            .Invariant(ConditionsTreated, "Conditions treated", CarePagesDataTypes.ConditionPicker, FieldKind.Picker)
            .Variant(WhatToExpect, "What to expect", CarePagesDataTypes.PatientRichText, FieldKind.RichText)
            .Variant(Considerations, "Considerations and consultation", CarePagesDataTypes.PatientRichText, FieldKind.RichText)
            .Invariant(BookingCallout, "Booking call-out", CarePagesDataTypes.BookingCalloutBlock, FieldKind.Blocks)
            .Build();
}
