namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Element type for one benefit of a treatment route (title and text).</summary>
public static class BenefitElementType
{
    public static readonly Guid Key = new("abcdc595-1733-4321-bf6f-dfc701dd200d");
    public const string Alias = "carePagesBenefit";
    public const string Title = "title";
    public const string Text = "text";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Benefit", ContentTypeKind.Element, "icon-check")
            .Describe("One benefit of a treatment route: a short title and a sentence or two.")
            .Tab("Benefit")
            .Variant(Title, "Title", BuiltInDataTypes.Textstring, FieldKind.PlainText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Give the benefit a short title.",
            })
            .Variant(Text, "Text", BuiltInDataTypes.Textarea, FieldKind.MultilineText, p => p with
            {
                Mandatory = true,
                MandatoryMessage = "Describe the benefit in a sentence or two.",
            })
            .Build();
}
