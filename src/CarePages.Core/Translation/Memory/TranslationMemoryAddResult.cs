namespace CarePages.Core.Translation.Memory;

/// <summary>The outcome of adding an approved field's segments to the memory.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Segments">The segments stored (empty when refused; pairs with an empty side are left out).</param>
public sealed record TranslationMemoryAddResult(TranslationMemoryOperationStatus Status, IReadOnlyList<TranslationMemorySegment> Segments);
