using System.Text.Json.Nodes;
using CarePages.Core.Schema;
using CarePages.Umbraco.Installation;

namespace CarePages.Umbraco.Documents;

/// <summary>
/// A block value's <c>layout</c> is keyed by its editor's alias (<c>Umbraco.BlockList</c>, <c>Umbraco.SingleBlock</c>), and an
/// editor reads only its own key. Values written for one block editor are re-keyed for the editor this build installs.
/// </summary>
internal static class BlockLayoutKey
{
    /// <summary><paramref name="value"/> with its layout keyed for the editor of <paramref name="property"/>'s data type.</summary>
    public static object? ForInstalledEditor(object? value, PropertyDefinition? property)
    {
        if (value is not JsonObject block || block["layout"] is not JsonObject layout || property is null
            || UmbracoSchema.EditorAliasOf(property.DataTypeKey) is not { } editorAlias || layout.Count != 1 || layout.ContainsKey(editorAlias)
            || editorAlias is not (UmbracoSchema.BlockListEditorAlias or UmbracoSchema.SingleBlockEditorAlias))
        {
            return value;
        }

        var (key, items) = layout.Single();
        layout.Remove(key);
        layout[editorAlias] = items;
        return block;
    }
}
