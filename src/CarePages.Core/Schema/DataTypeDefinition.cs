namespace CarePages.Core.Schema;

/// <summary>A data type the package installs: a property editor with its configuration.</summary>
public sealed record DataTypeDefinition
{
    /// <summary>Fixed key.</summary>
    public required Guid Key { get; init; }

    /// <summary>Name shown to editors, prefixed "CarePages - ".</summary>
    public required string Name { get; init; }

    /// <summary>Server-side property editor alias, e.g. <c>Umbraco.TextBox</c>.</summary>
    public required string EditorAlias { get; init; }

    /// <summary>Backoffice property editor UI alias, e.g. <c>Umb.PropertyEditorUi.TextBox</c>.</summary>
    public required string EditorUiAlias { get; init; }

    /// <summary>Column the values are stored in.</summary>
    public ValueStorage Storage { get; init; } = ValueStorage.Nvarchar;

    /// <summary>
    /// Editor configuration as Umbraco stores it (JSON-compatible values: strings, numbers,
    /// booleans, arrays and dictionaries).
    /// </summary>
    public IReadOnlyDictionary<string, object> Configuration { get; init; } = new Dictionary<string, object>();
}
