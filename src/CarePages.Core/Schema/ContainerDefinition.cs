namespace CarePages.Core.Schema;

/// <summary>A tab or group that holds properties.</summary>
/// <param name="Key">Fixed key, derived from the owning type's key and the name.</param>
/// <param name="Name">Label shown to editors.</param>
/// <param name="Kind">Tab or group.</param>
/// <param name="SortOrder">Order among the type's containers.</param>
/// <param name="ParentKey">The tab a group sits in, if any.</param>
public sealed record ContainerDefinition(Guid Key, string Name, ContainerKind Kind, int SortOrder, Guid? ParentKey = null);
