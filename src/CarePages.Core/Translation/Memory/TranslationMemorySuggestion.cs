namespace CarePages.Core.Translation.Memory;

/// <summary>An approved translation of similar source text, offered to a translator; never applied by itself.</summary>
/// <param name="Segment">The memory segment.</param>
/// <param name="Score">How close its source is: 100 for the same text, less for fuzzy matches (see <see cref="TranslationMemoryService"/>).</param>
public sealed record TranslationMemorySuggestion(TranslationMemorySegment Segment, int Score);
