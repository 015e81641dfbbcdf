using CarePages.Core.Schema;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// The package's schema as this build installs it on its Umbraco major. On Umbraco 18 the booking call-out (at most
/// one block) uses the single block editor, because 18 obsoletes the block list's single block mode and its upgrade
/// migrates such data types to <c>Umbraco.SingleBlock</c>; on 17, whose early minors have no single block editor, it
/// stays a block list in single block mode.
/// </summary>
public static class UmbracoSchema
{
    /// <summary>Umbraco's single block editor.</summary>
    public const string SingleBlockEditorAlias = "Umbraco.SingleBlock";

    /// <summary>Umbraco's block list editor.</summary>
    public const string BlockListEditorAlias = "Umbraco.BlockList";

    /// <summary>The data types to install, in creation order.</summary>
    public static IReadOnlyList<DataTypeDefinition> DataTypes { get; } = CarePagesDataTypes.All.Select(ForThisMajor).ToArray();

    /// <summary>The fingerprint of everything this build installs (see <see cref="CarePagesSchema.ComputeVersion"/>).</summary>
    public static string Version { get; } = CarePagesSchema.ComputeVersion(DataTypes, CarePagesSchema.ContentTypes);

    /// <summary>The editor alias of the data type with <paramref name="key"/> as this build installs it, or null.</summary>
    public static string? EditorAliasOf(Guid key) => DataTypes.FirstOrDefault(d => d.Key == key)?.EditorAlias;

    private static DataTypeDefinition ForThisMajor(DataTypeDefinition definition)
    {
#if UMBRACO_18_OR_GREATER
        if (definition.Key == CarePagesDataTypes.BookingCalloutBlock)
        {
            return definition with
            {
                EditorAlias = SingleBlockEditorAlias,
                EditorUiAlias = "Umb.PropertyEditorUi.BlockSingle",
                Configuration = new Dictionary<string, object>
                {
                    ["blocks"] = definition.Configuration["blocks"],
                    ["useInlineEditingAsDefault"] = false,
                },
            };
        }
#endif
        return definition;
    }
}
