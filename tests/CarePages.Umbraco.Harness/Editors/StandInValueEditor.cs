using System.Text.Json;
using System.Text.Json.Nodes;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>
/// Umbraco's <see cref="DataValueEditor"/> (validation included) with the one thing the Infrastructure editors do that
/// matters for storage: structured editor values (JSON objects, lists) are stored as their JSON text, as the rich
/// text, block, drop-down, check box list and picker value editors store them.
/// </summary>
public sealed class StandInValueEditor(IShortStringHelper shortStringHelper, IJsonSerializer jsonSerializer, IIOHelper ioHelper, DataEditorAttribute attribute)
    : DataValueEditor(shortStringHelper, jsonSerializer, ioHelper, attribute)
{
    /// <inheritdoc />
    public override object? FromEditor(ContentPropertyData editorValue, object? currentValue)
    {
        ArgumentNullException.ThrowIfNull(editorValue);
        return editorValue.Value switch
        {
            JsonNode node => node.ToJsonString(),
            JsonElement element => element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText(),
            System.Collections.IEnumerable list and not string => JsonSerializer.Serialize(list),
            _ => base.FromEditor(editorValue, currentValue),
        };
    }
}
