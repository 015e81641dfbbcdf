namespace CarePages.Core.Schema.ContentTypes;

/// <summary>Composition every CarePages page uses: page title, meta description and plain-language summary.</summary>
public static class PageBasicsComposition
{
    public static readonly Guid Key = new("ffd52f6b-5816-41fd-887d-6b0a0ddd36e7");
    public const string Alias = "carePagesPageBasics";
    public const string PageTitle = "pageTitle";
    public const string MetaDescription = "metaDescription";
    public const string Summary = "summary";

    public static ContentTypeDefinition Definition { get; } =
        new ContentTypeDefinitionBuilder(Key, Alias, "CarePages - Page basics", ContentTypeKind.Composition, "icon-document")
            .Describe("Title for search results and browser tabs, meta description and a plain-language summary.")
            .Tab("Page basics")
            .Variant(PageTitle, "Page title", CarePagesDataTypes.PageTitle, FieldKind.PlainText, p => p with
            {
                Description = "Shown in browser tabs and search results. 60 characters at most.",
                Mandatory = true,
                MandatoryMessage = "Give the page a title for browser tabs and search results.",
                RegularExpression = "^.{1,60}$",
                RegularExpressionMessage = "Keep the page title to 60 characters or fewer, on one line.",
                MaxLength = 60,
            })
            .Variant(MetaDescription, "Meta description", CarePagesDataTypes.MetaDescription, FieldKind.MultilineText, p => p with
            {
                Description = "Shown under the title in search results. 160 characters at most.",
                RegularExpression = "^[\\s\\S]{0,160}$",
                RegularExpressionMessage = "Keep the meta description to 160 characters or fewer.",
                MaxLength = 160,
            })
            .Variant(Summary, "Plain-language summary", BuiltInDataTypes.Textarea, FieldKind.MultilineText, p => p with
            {
                Description = "Two or three short sentences a patient in pain can take in at a glance.",
                Mandatory = true,
                MandatoryMessage = "Write a plain-language summary for patients.",
            })
            .Build();
}
