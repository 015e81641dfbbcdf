namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Document type for a condition patients are treated for (e.g. CRPS).</summary>
public static class ConditionType
{
    public static readonly Guid Key = new("a5e877c7-7dc6-4b98-9378-5e8e00e3c6c3");
    public static readonly Guid TemplateKey = new("a8d7581e-c1ed-42d4-b673-1f59d1f7320a");
    public const string Alias = "carePagesCondition";
    public const string OtherNames = "otherNames";
    public const string Symptoms = "symptoms";
    public const string TreatmentRoutes = "treatmentRoutes";
    public const string WhenToSeekUrgentHelp = "whenToSeekUrgentHelp";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Condition", ContentTypeKind.Document, "icon-stethoscope")
            .Describe("A condition explained for patients. The page's name is the condition's name.")
            .AllowAtRoot()
            .Composes(PageBasicsComposition.Key, ClinicalReviewComposition.Key)
            .WithTemplate(TemplateKey)
            .Tab("Condition")
            .Variant(OtherNames, "Other names or abbreviation", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "e.g. CRPS. Separate several names with commas.",
            })
            .Variant(Symptoms, "Symptoms", CarePagesDataTypes.PatientRichText, FieldKind.RichText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Describe the symptoms in plain language.",
            })
            .Invariant(TreatmentRoutes, "Treatment routes", CarePagesDataTypes.TreatmentRoutePicker, FieldKind.Picker)
            .Variant(WhenToSeekUrgentHelp, "When to seek urgent help", CarePagesDataTypes.PatientRichText, FieldKind.RichText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Tell patients when to seek urgent help.",
            })
            .Build();
}
