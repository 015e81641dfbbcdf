namespace CarePages.Core.Schema;

/// <summary>A document type, element type or composition, as code.</summary>
public sealed record ContentTypeDefinition
{
    /// <summary>Fixed key: the same on every site.</summary>
    public required Guid Key { get; init; }

    /// <summary>Umbraco alias, prefixed <c>carePages</c>.</summary>
    public required string Alias { get; init; }

    /// <summary>Name shown to editors.</summary>
    public required string Name { get; init; }

    /// <summary>Description shown to editors.</summary>
    public string? Description { get; init; }

    /// <summary>Backoffice icon.</summary>
    public required string Icon { get; init; }

    /// <summary>Document, element or composition.</summary>
    public required ContentTypeKind Kind { get; init; }

    /// <summary>True when the type may sit at the root of the content tree.</summary>
    public bool AllowedAsRoot { get; init; }

    /// <summary>True when the type has culture-variant properties.</summary>
    public bool VariesByCulture { get; init; }

    /// <summary>Whether the type may be kept as a reusable library item (Umbraco 18 and later).</summary>
    public bool AllowedInLibrary { get; init; }

    /// <summary>Tabs and groups.</summary>
    public IReadOnlyList<ContainerDefinition> Containers { get; init; } = [];

    /// <summary>The type's own properties (not those of its compositions).</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; init; } = [];

    /// <summary>Keys of the compositions this type is made of.</summary>
    public IReadOnlyList<Guid> CompositionKeys { get; init; } = [];

    /// <summary>Keys of the document types allowed as children.</summary>
    public IReadOnlyList<Guid> AllowedChildKeys { get; init; } = [];

    /// <summary>The template (view) pages of this type render with; null for elements.</summary>
    public TemplateDefinition? Template { get; init; }

    /// <summary>True when the type is an element type in Umbraco's terms.</summary>
    public bool IsElement => Kind is not ContentTypeKind.Document;
}
