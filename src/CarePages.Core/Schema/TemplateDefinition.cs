namespace CarePages.Core.Schema;

/// <summary>A template record for a precompiled view shipped in the package.</summary>
/// <param name="Key">Fixed key.</param>
/// <param name="Alias">Alias; the view is <c>Views/{Alias}.cshtml</c>.</param>
/// <param name="Name">Name shown to editors.</param>
public sealed record TemplateDefinition(Guid Key, string Alias, string Name);
