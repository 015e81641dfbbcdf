using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// Umbraco's document types (and element types), with their property groups and property types; compositions are
/// read as they are stored now, as the SQL repository reassembles them on every read.
/// </summary>
public sealed class ContentTypeRepository : NodeRepository<IContentType>
{
    private int _nextPropertyId = 100;

    public ContentTypeRepository(NodeIndex nodes)
        : base(nodes, "cmsContentType", UmbracoObjectTypes.DocumentType)
    {
    }

    public IContentType? Get(string alias) =>
        GetMany(Array.Empty<int>()).FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<int> GetAllContentTypeIds(string[] aliases) =>
        GetMany(Array.Empty<int>()).Where(t => aliases.Contains(t.Alias, StringComparer.OrdinalIgnoreCase)).Select(t => t.Id).ToArray();

    public IEnumerable<string> GetAllContentTypeAliases(params Guid[] objectTypes) => GetMany(Array.Empty<int>()).Select(t => t.Alias).ToArray();

    public IEnumerable<string> GetAllPropertyTypeAliases() =>
        GetMany(Array.Empty<int>()).SelectMany(t => t.PropertyTypes).Select(p => p.Alias).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public bool HasContainerInPath(params int[] ids) => false;

    public bool HasContainerInPath(string contentPath) => false;

    public bool HasContentNodes(int id) =>
        (ContentNodes ?? throw new InvalidOperationException("The harness did not connect the document table to the content type repository.")).Invoke(id);

    /// <summary>Asks the document table whether documents of a type exist (connected by the harness).</summary>
    internal Func<int, bool>? ContentNodes { get; set; }

    /// <inheritdoc />
    protected override IContentType Loaded(IContentType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var composition in entity.ContentTypeComposition.ToArray())
        {
            if (base.Get(composition.Id) is { } current && !ReferenceEquals(current, composition))
            {
                entity.RemoveContentType(composition.Alias);
                entity.AddContentType(current);
            }
        }

        entity.ResetDirtyProperties(false);
        return entity;
    }

    /// <inheritdoc />
    protected override void BeforeStore(IContentType entity, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(entity);

        // The database gives new groups and property types their identities.
        foreach (var group in entity.PropertyGroups.Where(g => !g.HasIdentity))
        {
            group.Id = Interlocked.Increment(ref _nextPropertyId);
        }

        foreach (var propertyType in entity.PropertyTypes.Where(p => !p.HasIdentity))
        {
            propertyType.Id = Interlocked.Increment(ref _nextPropertyId);
        }
    }
}
