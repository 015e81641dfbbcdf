using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's <c>umbracoLanguage</c> table, with one default language at a time.</summary>
public sealed class LanguageRepository(HarnessDatabase database) : RowRepository<ILanguage>(database, "umbracoLanguage")
{
    private int _nextId;

    public ILanguage? GetByIsoCode(string isoCode) => Rows.All().FirstOrDefault(l => l.IsoCode.InvariantEquals(isoCode));

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

    public void Delete(ILanguage entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Rows.Remove(entity.Id);
    }

    /// <inheritdoc />
    protected override int NewId() => Interlocked.Increment(ref _nextId);

    /// <inheritdoc />
    protected override void BeforeStore(ILanguage entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        // As the repository does: one default language at a time.
        if (entity.IsDefault)
        {
            foreach (var other in Rows.All().Where(l => l.IsDefault && l.Id != entity.Id))
            {
                other.IsDefault = false;
                Rows.Put(other.Id, other);
            }
        }
    }

    private ILanguage? Default() => Rows.All().FirstOrDefault(l => l.IsDefault);
}
