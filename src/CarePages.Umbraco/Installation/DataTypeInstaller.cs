using CarePages.Core.Schema;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Installation;

/// <summary>Creates missing CarePages data types and updates those whose editor or configuration differ.</summary>
public sealed class DataTypeInstaller
{
    private const string ItemKind = "data type";
    private readonly IDataTypeService _dataTypeService;
    private readonly PropertyEditorCollection _propertyEditors;
    private readonly IConfigurationEditorJsonSerializer _serializer;

    /// <summary>Creates the installer.</summary>
    public DataTypeInstaller(IDataTypeService dataTypeService, PropertyEditorCollection propertyEditors, IConfigurationEditorJsonSerializer serializer)
    {
        _dataTypeService = dataTypeService;
        _propertyEditors = propertyEditors;
        _serializer = serializer;
    }

    /// <summary>Installs the definitions in order.</summary>
    public Task<IReadOnlyList<InstallStepResult>> InstallAsync(IEnumerable<DataTypeDefinition> definitions) =>
        InstallSteps.RunAsync(definitions, InstallAsync);

    private async Task<InstallStepResult> InstallAsync(DataTypeDefinition definition)
    {
        if (!_propertyEditors.TryGet(definition.EditorAlias, out var editor))
        {
            return new(ItemKind, definition.Name, InstallStepOutcome.Failed, "EditorNotFound",
                $"The property editor '{definition.EditorAlias}' that '{definition.Name}' needs is not installed on this site.");
        }

        var existing = await _dataTypeService.GetAsync(definition.Key);
        if (existing is null)
        {
            var dataType = new DataType(editor, _serializer) { Key = definition.Key };
            Apply(dataType, definition, editor);
            var created = await _dataTypeService.CreateAsync(dataType, Constants.Security.SuperUserKey);
            return Result(definition, created.Status, InstallStepOutcome.Created);
        }

        if (Matches(existing, definition))
        {
            return new(ItemKind, definition.Name, InstallStepOutcome.Unchanged);
        }

        // Umbraco's own upgrade (or an administrator) moved the data type to the single block editor: its values are in
        // that editor's shape now, so turning it back into a block list would lose them.
        if (existing.EditorAlias == UmbracoSchema.SingleBlockEditorAlias && definition.EditorAlias == UmbracoSchema.BlockListEditorAlias)
        {
            return new(ItemKind, definition.Name, InstallStepOutcome.Unchanged, "MigratedToSingleBlock",
                $"'{definition.Name}' uses {UmbracoSchema.SingleBlockEditorAlias}, as Umbraco's upgrade migrates single block lists; CarePages left it as it is.");
        }

        Apply(existing, definition, editor);
        var updated = await _dataTypeService.UpdateAsync(existing, Constants.Security.SuperUserKey);
        return Result(definition, updated.Status, InstallStepOutcome.Updated);
    }

    private static void Apply(IDataType dataType, DataTypeDefinition definition, IDataEditor editor)
    {
        dataType.Name = definition.Name;
        dataType.Editor = editor;
        dataType.EditorUiAlias = definition.EditorUiAlias;
        dataType.DatabaseType = ToStorageType(definition.Storage);
        dataType.ConfigurationData = new Dictionary<string, object>(definition.Configuration);
    }

    private bool Matches(IDataType existing, DataTypeDefinition definition) =>
        existing.Name == definition.Name
        && existing.EditorAlias == definition.EditorAlias
        && existing.EditorUiAlias == definition.EditorUiAlias
        && existing.DatabaseType == ToStorageType(definition.Storage)
        && _serializer.Serialize(Sorted(existing.ConfigurationData)) == _serializer.Serialize(Sorted(definition.Configuration));

    private static SortedDictionary<string, object> Sorted(IEnumerable<KeyValuePair<string, object>> configuration) =>
        new(configuration.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    private static ValueStorageType ToStorageType(ValueStorage storage) => storage switch
    {
        ValueStorage.Ntext => ValueStorageType.Ntext,
        ValueStorage.Date => ValueStorageType.Date,
        _ => ValueStorageType.Nvarchar,
    };

    private static InstallStepResult Result(DataTypeDefinition definition, DataTypeOperationStatus status, InstallStepOutcome onSuccess) =>
        status == DataTypeOperationStatus.Success
            ? new(ItemKind, definition.Name, onSuccess, status.ToString())
            : new(ItemKind, definition.Name, InstallStepOutcome.Failed, status.ToString(),
                $"Umbraco refused to save data type '{definition.Name}' ({definition.Key}): {status}.");
}
