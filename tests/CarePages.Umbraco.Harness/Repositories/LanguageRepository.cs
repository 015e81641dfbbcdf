using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Persistence.Querying;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoLanguage</c> table; a new site has en-US as its default language.</summary>
public sealed class LanguageRepository
{
    private readonly HarnessTable<int, ILanguage> _rows;
    private int _nextId;

    public LanguageRepository(HarnessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _rows = database.CreateTable<int, ILanguage>("umbracoLanguage", row => (ILanguage)row.DeepClone());
    }

    public ILanguage? Get(int id) => _rows.Get(id);

    public IEnumerable<ILanguage> GetMany(params int[]? ids) =>
        ids is null || ids.Length == 0 ? _rows.All() : ids.Select(Get).OfType<ILanguage>().ToArray();

    public IEnumerable<ILanguage> Get(IQuery<ILanguage> query) => query.Apply(_rows.All()).ToArray();

    public int Count(IQuery<ILanguage>? query) => query.Apply(_rows.All()).Count();

    public bool Exists(int id) => _rows.Get(id) is not null;

    public ILanguage? GetByIsoCode(string isoCode) => _rows.All().FirstOrDefault(l => l.IsoCode.InvariantEquals(isoCode));

    public int? GetIdByIsoCode(string? isoCode, bool throwOnNotFound) =>
        isoCode is not null && GetByIsoCode(isoCode) is { } language ? language.Id
        : throwOnNotFound ? throw new ArgumentException($"Language {isoCode} does not exist.", nameof(isoCode)) : null;

    public string? GetIsoCodeById(int? id, bool throwOnNotFound) =>
        id is { } value && Get(value) is { } language ? language.IsoCode
        : throwOnNotFound ? throw new ArgumentException($"Language id {id} does not exist.", nameof(id)) : null;

    public string GetDefaultIsoCode() => Default()?.IsoCode ?? throw new InvalidOperationException("The site has no default language.");

    public int? GetDefaultId() => Default()?.Id;

    public string[] GetIsoCodesByIds(ICollection<int> ids, bool throwOnNotFound) =>
        ids.Select(id => GetIsoCodeById(id, throwOnNotFound)).OfType<string>().ToArray();

    public void Save(ILanguage entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasIdentity)
        {
            entity.Id = Interlocked.Increment(ref _nextId);
        }

        // As the repository does: one default language at a time.
        if (entity.IsDefault)
        {
            foreach (var other in _rows.All().Where(l => l.IsDefault && l.Id != entity.Id))
            {
                other.IsDefault = false;
                _rows.Put(other.Id, other);
            }
        }

        _rows.Put(entity.Id, entity);
        entity.ResetDirtyProperties();
    }

    public void Delete(ILanguage entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _rows.Remove(entity.Id);
    }

    private ILanguage? Default() => _rows.All().FirstOrDefault(l => l.IsDefault);
}
