namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Composition recording who last reviewed clinical content and when it is due again. Invariant.</summary>
public static class ClinicalReviewComposition
{
    public static readonly Guid Key = new("3b722d5e-f631-4966-9690-8db74b59cc64");
    public const string Alias = "carePagesClinicalReview";
    public const string ReviewedBy = "reviewedBy";
    public const string ReviewedOn = "reviewedOn";
    public const string NextReviewDue = "nextReviewDue";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Clinical review", ContentTypeKind.Composition, "icon-medical-emergency")
            .Describe("Who reviewed the clinical content, when, and when it must be reviewed again. The same for every language.")
            .Tab("Clinical review")
            .Invariant(ReviewedBy, "Reviewed by", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "Name and role of the clinician who reviewed this page, e.g. \"Dr A. Example, consultant in pain medicine\".",
                Mandatory = true,
                MandatoryMessage = "Record the clinician who reviewed this page.",
            })
            .Invariant(ReviewedOn, "Reviewed on", BuiltInDataTypes.DatePicker, FieldKind.Date, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Record the date of the last clinical review.",
            })
            .Invariant(NextReviewDue, "Next review due", BuiltInDataTypes.DatePicker, FieldKind.Date, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Set the date by which the page must be reviewed again.",
            })
            .Build();
}
