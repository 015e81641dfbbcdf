namespace CarePages.Core.Translation.Memory;

/// <summary>Where translation memory segments are kept (the package's tables in a site).</summary>
public interface ITranslationMemoryStore
{
    /// <summary>
    /// Stores <paramref name="segments"/>; where the store already holds the same translation
    /// (<see cref="TranslationMemorySegment.IsSameTranslationAs"/>), only the one approved latest is kept.
    /// </summary>
    Task SaveAsync(IReadOnlyCollection<TranslationMemorySegment> segments, CancellationToken cancellationToken = default);

    /// <summary>Every segment from <paramref name="sourceCulture"/> into <paramref name="targetCulture"/> (cultures ignore case).</summary>
    Task<IReadOnlyList<TranslationMemorySegment>> GetAsync(string sourceCulture, string targetCulture, CancellationToken cancellationToken = default);

    /// <summary>Every segment of every pair, for a full TMX export.</summary>
    Task<IReadOnlyList<TranslationMemorySegment>> GetAllAsync(CancellationToken cancellationToken = default);
}
