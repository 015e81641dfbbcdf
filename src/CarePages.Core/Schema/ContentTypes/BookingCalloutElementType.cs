namespace CarePages.Core.Schema.ContentTypes;

/// <summary>
/// Element type for a booking call-out: a block on pages and, where Umbraco supports it, a reusable library item.
/// Text varies by culture; the phone number and booking URL do not.
/// </summary>
public static class BookingCalloutElementType
{
    public static readonly Guid Key = new("633a5e8d-83ac-4f1d-9c1c-a0a766702bcc");
    public const string Alias = "carePagesBookingCallout";
    public const string Heading = "heading";
    public const string Text = "text";
    public const string PhoneNumber = "phoneNumber";
    public const string PhoneLabel = "phoneLabel";
    public const string BookingUrl = "bookingUrl";
    public const string OpeningHours = "openingHours";
    public const string AccessNote = "accessNote";
    public const string ButtonText = "buttonText";

    /// <summary>E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all.</summary>
    public const string E164Pattern = "^\\+[1-9][0-9]{6,14}$";

    /// <summary>An https URL or a path on the same site.</summary>
    public const string BookingUrlPattern = "^(https://[^\\s]+|/[^\\s]*)$";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Booking call-out", ContentTypeKind.Element, "icon-phone")
            .Describe("How patients book: a phone number they can tap, opening hours and access information.")
            .AllowInLibrary()
            .Tab("Booking call-out")
            .Variant(Heading, "Heading", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Give the call-out a heading, e.g. \"Book an appointment\".",
            })
            .Variant(Text, "Text", BuiltInDataTypes.Textarea, FieldKind.MultilineText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Tell patients how to book.",
            })
            .Invariant(PhoneNumber, "Phone number", BuiltInDataTypes.Textstring, FieldKind.Phone, p => p with
            {
                Description = "International E.164 form, e.g. +442079460000. The page shows it as a tap-to-call link.",
                Mandatory = true,
                MandatoryMessage = "Add the phone number patients call to book.",
                RegularExpression = E164Pattern,
                RegularExpressionMessage = "Write the number in international E.164 form: a + then the country code and number, digits only, e.g. +442079460000.",
            })
            .Variant(PhoneLabel, "Phone label", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "How the number is shown and read out, e.g. \"020 7946 0000\".",
                Mandatory = true,
                MandatoryMessage = "Add the phone number as patients should read it.",
            })
            .Invariant(BookingUrl, "Booking URL", BuiltInDataTypes.Textstring, FieldKind.Url, p => p with
            {
                Description = "Optional online booking page: an https:// address or a path on this site.",
                RegularExpression = BookingUrlPattern,
                RegularExpressionMessage = "Use an https:// address or a path on this site starting with /.",
            })
            .Variant(OpeningHours, "Opening hours", BuiltInDataTypes.Textarea, FieldKind.MultilineText)
            .Variant(AccessNote, "Access note", BuiltInDataTypes.Textarea, FieldKind.MultilineText, p => p with
            {
                Description = "Interpreters, step-free access, hearing loops, parking.",
            })
            .Variant(ButtonText, "Button text", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Description = "Text of the booking button, e.g. \"Book online\". Used only with a booking URL.",
            })
            .Build();
}
