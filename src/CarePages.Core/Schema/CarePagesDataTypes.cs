namespace CarePages.Core.Schema;

/// <summary>The data types CarePages installs, with fixed keys.</summary>
public static class CarePagesDataTypes
{
    /// <summary>Page title: a text box limited to 60 characters.</summary>
    public static readonly Guid PageTitle = new("c3011639-7b61-4e55-9c6e-32b73843f4b8");

    /// <summary>Meta description: a text area limited to 160 characters.</summary>
    public static readonly Guid MetaDescription = new("9d7504c8-cab3-46cb-93cd-502e391d3cf0");

    /// <summary>Rich text with only what patient information needs: headings, emphasis, lists, links, tables.</summary>
    public static readonly Guid PatientRichText = new("2a9964b7-1a03-4407-aefb-a4b8d03b566c");

    /// <summary>Route of administration: one EDQM term from the controlled list.</summary>
    public static readonly Guid RouteOfAdministration = new("a3f3a6e8-f296-46bf-856e-045c85c68b23");

    /// <summary>Where a treatment is given: clinic and/or home under supervision.</summary>
    public static readonly Guid PlaceOfAdministration = new("f577ffd7-b7f2-464f-bff6-9d5f999e47f4");

    /// <summary>Picks condition pages.</summary>
    public static readonly Guid ConditionPicker = new("882d91e8-9b16-4142-99cf-6a1aabe98381");

    /// <summary>Picks treatment route pages.</summary>
    public static readonly Guid TreatmentRoutePicker = new("64133a67-850d-46d4-b79d-221d480efa14");

    /// <summary>A list of benefit blocks (title and text).</summary>
    public static readonly Guid BenefitList = new("15b416cc-70ef-4cbb-8014-9591367c9b4d");

    /// <summary>At most one booking call-out block.</summary>
    public static readonly Guid BookingCalloutBlock = new("1341e59a-52aa-43f3-811e-8ca7a00c2ac0");

    /// <summary>Values of the place-of-administration list.</summary>
    public static IReadOnlyList<string> Places { get; } = ["Clinic", "Home under supervision"];

    /// <summary>Every data type the installer creates, in creation order.</summary>
    public static IReadOnlyList<DataTypeDefinition> All { get; } =
    [
        new()
        {
            Key = PageTitle, Name = "CarePages - Page title", EditorAlias = "Umbraco.TextBox", EditorUiAlias = "Umb.PropertyEditorUi.TextBox",
            Configuration = new Dictionary<string, object> { ["maxChars"] = 60 },
        },
        new()
        {
            Key = MetaDescription, Name = "CarePages - Meta description", EditorAlias = "Umbraco.TextArea", EditorUiAlias = "Umb.PropertyEditorUi.TextArea",
            Storage = ValueStorage.Ntext,
            Configuration = new Dictionary<string, object> { ["maxChars"] = 160, ["rows"] = 3 },
        },
        new()
        {
            Key = PatientRichText, Name = "CarePages - Patient rich text", EditorAlias = "Umbraco.RichText", EditorUiAlias = "Umb.PropertyEditorUi.Tiptap",
            Storage = ValueStorage.Ntext,
            Configuration = new Dictionary<string, object>
            {
                ["extensions"] = new[]
                {
                    "Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Heading", "Umb.Tiptap.Bold", "Umb.Tiptap.Italic", "Umb.Tiptap.BulletList",
                    "Umb.Tiptap.OrderedList", "Umb.Tiptap.Link", "Umb.Tiptap.Table", "Umb.Tiptap.Subscript", "Umb.Tiptap.Superscript",
                },
                ["toolbar"] = new[]
                {
                    new[]
                    {
                        new[] { "Umb.Tiptap.Toolbar.Heading2", "Umb.Tiptap.Toolbar.Heading3" },
                        new[] { "Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic" },
                        new[] { "Umb.Tiptap.Toolbar.BulletList", "Umb.Tiptap.Toolbar.OrderedList" },
                        new[] { "Umb.Tiptap.Toolbar.Link", "Umb.Tiptap.Toolbar.Unlink" },
                        new[] { "Umb.Tiptap.Toolbar.Table" },
                    },
                },
                ["maxImageSize"] = 500,
                ["overlaySize"] = "medium",
            },
        },
        new()
        {
            Key = RouteOfAdministration, Name = "CarePages - Route of administration (EDQM)", EditorAlias = "Umbraco.DropDown.Flexible",
            EditorUiAlias = "Umb.PropertyEditorUi.Dropdown",
            Configuration = new Dictionary<string, object> { ["items"] = RoutesOfAdministration.All.Select(r => r.EdqmTerm).ToArray(), ["multiple"] = false },
        },
        new()
        {
            Key = PlaceOfAdministration, Name = "CarePages - Where it is given", EditorAlias = "Umbraco.CheckBoxList",
            EditorUiAlias = "Umb.PropertyEditorUi.CheckBoxList",
            Configuration = new Dictionary<string, object> { ["items"] = Places.ToArray() },
        },
        DocumentPicker(ConditionPicker, "CarePages - Condition picker", ContentTypes.ConditionType.Key),
        DocumentPicker(TreatmentRoutePicker, "CarePages - Treatment route picker", ContentTypes.TreatmentRouteType.Key),
        BlockList(BenefitList, "CarePages - Benefits", ContentTypes.BenefitElementType.Key, "{=title}", min: 0, max: 12),
        BlockList(BookingCalloutBlock, "CarePages - Booking call-out", ContentTypes.BookingCalloutElementType.Key, "{=heading}", min: 0, max: 1),
    ];

    private static DataTypeDefinition DocumentPicker(Guid key, string name, Guid allowedTypeKey) => new()
    {
        Key = key, Name = name, EditorAlias = "Umbraco.MultiNodeTreePicker", EditorUiAlias = "Umb.PropertyEditorUi.ContentPicker",
        Storage = ValueStorage.Ntext,
        Configuration = new Dictionary<string, object>
        {
            ["startNode"] = new Dictionary<string, object> { ["type"] = "content" },
            ["filter"] = allowedTypeKey.ToString(),
            ["minNumber"] = 0,
            ["maxNumber"] = 0,
            ["ignoreUserStartNodes"] = false,
            ["showOpenButton"] = true,
        },
    };

    // Block labels are Umbraco Flavored Markdown ({=alias}); "{{alias}}" would show literally since Umbraco 14.
    // Single block mode is written only where one block is allowed: the setting is obsolete, and an installer on a
    // major with the single block editor replaces such a block list with that editor.
    private static DataTypeDefinition BlockList(Guid key, string name, Guid elementTypeKey, string label, int min, int max)
    {
        var configuration = new Dictionary<string, object>
        {
            ["blocks"] = new[] { new Dictionary<string, object> { ["contentElementTypeKey"] = elementTypeKey.ToString(), ["label"] = label } },
            ["validationLimit"] = new Dictionary<string, object> { ["min"] = min, ["max"] = max },
            ["useInlineEditingAsDefault"] = false,
        };
        if (max == 1)
        {
            configuration["useSingleBlockMode"] = true;
        }

        return new()
        {
            Key = key, Name = name, EditorAlias = "Umbraco.BlockList", EditorUiAlias = "Umb.PropertyEditorUi.BlockList",
            Storage = ValueStorage.Ntext,
            Configuration = configuration,
        };
    }
}
