namespace CarePages.Core.Translation.Memory;

/// <summary>A unit's source text and its approved translation (one per plain-text field, one per rich-text block).</summary>
/// <param name="SourceText">The source in the memory's text form (<see cref="TranslationMemoryText"/>).</param>
/// <param name="TargetText">The translation in the same form.</param>
public sealed record SegmentPair(string SourceText, string TargetText);
