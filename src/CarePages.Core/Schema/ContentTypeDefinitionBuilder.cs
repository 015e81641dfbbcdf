namespace CarePages.Core.Schema;

/// <summary>
/// Builds a <see cref="ContentTypeDefinition"/>: properties go into the tab opened last, and
/// property and container keys are derived from the type key so they never change.
/// </summary>
public sealed class ContentTypeDefinitionBuilder
{
    private ContentTypeDefinition _type;
    private readonly List<ContainerDefinition> _containers = [];
    private readonly List<PropertyDefinition> _properties = [];
    private readonly List<Guid> _compositions = [];
    private readonly List<Guid> _allowedChildren = [];
    private ContainerDefinition? _currentTab;

    /// <summary>Starts a definition.</summary>
    public ContentTypeDefinitionBuilder(Guid key, string alias, string name, ContentTypeKind kind, string icon)
    {
        _type = new ContentTypeDefinition { Key = key, Alias = alias, Name = name, Kind = kind, Icon = icon };
    }

    /// <summary>Sets the description editors see.</summary>
    public ContentTypeDefinitionBuilder Describe(string description) => With(t => t with { Description = description });

    /// <summary>Allows the type at the root of the content tree.</summary>
    public ContentTypeDefinitionBuilder AllowAtRoot() => With(t => t with { AllowedAsRoot = true });

    /// <summary>Allows the type as a reusable library item where Umbraco supports it.</summary>
    public ContentTypeDefinitionBuilder AllowInLibrary() => With(t => t with { AllowedInLibrary = true });

    /// <summary>Renders pages of the type with the package view of the same alias.</summary>
    public ContentTypeDefinitionBuilder WithTemplate(Guid templateKey) =>
        With(t => t with { Template = new TemplateDefinition(templateKey, t.Alias, t.Name) });

    /// <summary>Adds compositions.</summary>
    public ContentTypeDefinitionBuilder Composes(params Guid[] compositionKeys)
    {
        _compositions.AddRange(compositionKeys);
        return this;
    }

    /// <summary>Allows child document types.</summary>
    public ContentTypeDefinitionBuilder AllowChildren(params Guid[] childKeys)
    {
        _allowedChildren.AddRange(childKeys);
        return this;
    }

    /// <summary>Opens a tab; the properties added next go into it.</summary>
    public ContentTypeDefinitionBuilder Tab(string name)
    {
        _currentTab = new ContainerDefinition(DeterministicGuid.Create(_type.Key, "tab:" + name), name, ContainerKind.Tab, _containers.Count);
        _containers.Add(_currentTab);
        return this;
    }

    /// <summary>Adds a property written per culture (patient-facing text).</summary>
    public ContentTypeDefinitionBuilder Variant(string alias, string name, Guid dataTypeKey, FieldKind kind, Func<PropertyDefinition, PropertyDefinition>? configure = null) =>
        Add(alias, name, dataTypeKey, kind, variesByCulture: true, configure);

    /// <summary>Adds a property shared by all cultures (identifiers, dates, phone numbers, pickers).</summary>
    public ContentTypeDefinitionBuilder Invariant(string alias, string name, Guid dataTypeKey, FieldKind kind, Func<PropertyDefinition, PropertyDefinition>? configure = null) =>
        Add(alias, name, dataTypeKey, kind, variesByCulture: false, configure);

    /// <summary>Returns the finished, immutable definition.</summary>
    public ContentTypeDefinition Build() => _type with
    {
        VariesByCulture = _properties.Any(p => p.VariesByCulture),
        Containers = _containers.ToArray(),
        Properties = _properties.ToArray(),
        CompositionKeys = _compositions.ToArray(),
        AllowedChildKeys = _allowedChildren.ToArray(),
    };

    private ContentTypeDefinitionBuilder Add(string alias, string name, Guid dataTypeKey, FieldKind kind, bool variesByCulture, Func<PropertyDefinition, PropertyDefinition>? configure)
    {
        var tab = _currentTab ?? throw new InvalidOperationException($"Open a tab before adding property '{alias}' to '{_type.Alias}'.");
        if (_properties.Any(p => p.Alias == alias))
        {
            throw new InvalidOperationException($"Property '{alias}' is defined twice on '{_type.Alias}'.");
        }

        var property = new PropertyDefinition
        {
            Key = DeterministicGuid.Create(_type.Key, "property:" + alias),
            Alias = alias,
            Name = name,
            DataTypeKey = dataTypeKey,
            Kind = kind,
            ContainerKey = tab.Key,
            SortOrder = _properties.Count(p => p.ContainerKey == tab.Key),
            VariesByCulture = variesByCulture,
        };
        _properties.Add(configure is null ? property : configure(property));
        return this;
    }

    private ContentTypeDefinitionBuilder With(Func<ContentTypeDefinition, ContentTypeDefinition> change)
    {
        _type = change(_type);
        return this;
    }
}
