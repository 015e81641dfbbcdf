using CarePages.Core.Text;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Memory;

/// <summary>
/// One approved translation of one unit, kept to suggest to translators of similar text later. Texts are in the form
/// <see cref="TranslationMemoryText"/> describes: plain text, inline markup as numbered placeholders.
/// </summary>
public sealed record TranslationMemorySegment
{
    /// <summary>The source culture (<c>en-GB</c>).</summary>
    public required string SourceCulture { get; init; }

    /// <summary>The target culture (<c>es-ES</c>).</summary>
    public required string TargetCulture { get; init; }

    /// <summary>The source text, normalised (<see cref="NormalisedText"/>).</summary>
    public required string SourceText { get; init; }

    /// <summary>The approved translation, normalised.</summary>
    public required string TargetText { get; init; }

    /// <summary>The document the translation was approved in.</summary>
    public required Guid DocumentKey { get; init; }

    /// <summary>The field it was approved in.</summary>
    public required FieldPath Path { get; init; }

    /// <summary>Who approved the translation.</summary>
    public required UserReference ApprovedBy { get; init; }

    /// <summary>When it was approved.</summary>
    public required DateTimeOffset ApprovedAt { get; init; }

    /// <summary>True when <paramref name="other"/> holds the same translation (same cultures, source and target text).</summary>
    public bool IsSameTranslationAs(TranslationMemorySegment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(SourceCulture, other.SourceCulture, StringComparison.OrdinalIgnoreCase)
            && string.Equals(TargetCulture, other.TargetCulture, StringComparison.OrdinalIgnoreCase)
            && string.Equals(SourceText, other.SourceText, StringComparison.Ordinal)
            && string.Equals(TargetText, other.TargetText, StringComparison.Ordinal);
    }
}
