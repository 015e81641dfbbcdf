namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// Where glossary entries are kept (the package's tables in a site). An entry is identified by its pair and its source
/// term as <see cref="LanguagePairGlossary.TermKey"/> folds it.
/// </summary>
public interface IGlossaryStore
{
    /// <summary>The glossary that applies to <paramref name="pair"/> (see <see cref="LanguagePairGlossary.For"/>).</summary>
    Task<LanguagePairGlossary> GetAsync(LanguagePair pair, CancellationToken cancellationToken = default);

    /// <summary>The entries stored for exactly <paramref name="pair"/> (for editing and TBX export).</summary>
    Task<IReadOnlyList<GlossaryEntry>> GetEntriesAsync(LanguagePair pair, CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="entry"/>; refused with <see cref="GlossaryOperationStatus.DuplicateTerm"/> when its pair has the term.</summary>
    Task<GlossaryOperationStatus> AddAsync(GlossaryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Replaces the entry of the same pair and term; <see cref="GlossaryOperationStatus.NotFound"/> when there is none.</summary>
    Task<GlossaryOperationStatus> UpdateAsync(GlossaryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry for <paramref name="sourceTerm"/> of <paramref name="pair"/>.</summary>
    Task<GlossaryOperationStatus> RemoveAsync(LanguagePair pair, string sourceTerm, CancellationToken cancellationToken = default);
}
