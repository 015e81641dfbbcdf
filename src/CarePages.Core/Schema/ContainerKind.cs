namespace CarePages.Core.Schema;

/// <summary>Umbraco's two kinds of property container.</summary>
public enum ContainerKind
{
    /// <summary>A tab; its name is Umbraco's <c>Tab</c> container type.</summary>
    Tab,

    /// <summary>A group, optionally inside a tab.</summary>
    Group,
}
