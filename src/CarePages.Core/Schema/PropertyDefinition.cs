namespace CarePages.Core.Schema;

/// <summary>One property of a content type, as code.</summary>
public sealed record PropertyDefinition
{
    /// <summary>Fixed key, derived from the owning type's key and the alias.</summary>
    public required Guid Key { get; init; }

    /// <summary>Umbraco property alias (camelCase).</summary>
    public required string Alias { get; init; }

    /// <summary>Label shown to editors.</summary>
    public required string Name { get; init; }

    /// <summary>Help text shown to editors under the label.</summary>
    public string? Description { get; init; }

    /// <summary>The data type (property editor and its configuration).</summary>
    public required Guid DataTypeKey { get; init; }

    /// <summary>What the value is, for checks and translation.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>The container (tab) the property sits in.</summary>
    public required Guid ContainerKey { get; init; }

    /// <summary>Order within the container.</summary>
    public int SortOrder { get; init; }

    /// <summary>True for patient-facing text, which is written per culture.</summary>
    public bool VariesByCulture { get; init; }

    /// <summary>Umbraco refuses to publish without a value.</summary>
    public bool Mandatory { get; init; }

    /// <summary>Message shown when a mandatory value is missing.</summary>
    public string? MandatoryMessage { get; init; }

    /// <summary>Pattern Umbraco validates the value against on save and publish.</summary>
    public string? RegularExpression { get; init; }

    /// <summary>Message shown when the pattern does not match.</summary>
    public string? RegularExpressionMessage { get; init; }

    /// <summary>Maximum length in characters, where one applies (told to translators and checks).</summary>
    public int? MaxLength { get; init; }

    /// <summary>True when translators work on this field.</summary>
    public bool IsTranslatable => VariesByCulture && Kind is FieldKind.PlainText or FieldKind.MultilineText or FieldKind.RichText or FieldKind.Blocks;
}
