using CarePages.Core.Text;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// A translation direction: source culture → target culture (<c>en</c> → <c>es</c>, or <c>en-GB</c> → <c>es-ES</c>).
/// Culture names are compared case-insensitively; a pair of bare languages covers every pair of their regional cultures.
/// </summary>
/// <param name="SourceCulture">The culture terms are written in.</param>
/// <param name="TargetCulture">The culture they are translated into.</param>
public sealed record LanguagePair(string SourceCulture, string TargetCulture)
{
    /// <summary>The pair as it is written in file names and messages: <c>en → es</c>.</summary>
    public override string ToString() => $"{SourceCulture} → {TargetCulture}";

    /// <summary>True when this pair is <paramref name="other"/> (ignoring case).</summary>
    public bool Equals(LanguagePair? other) =>
        other is not null
        && string.Equals(SourceCulture, other.SourceCulture, StringComparison.OrdinalIgnoreCase)
        && string.Equals(TargetCulture, other.TargetCulture, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(SourceCulture), StringComparer.OrdinalIgnoreCase.GetHashCode(TargetCulture));

    /// <summary>
    /// True when entries of this pair apply to <paramref name="requested"/>: the same pair, or this pair's side is a bare
    /// language (<c>es</c>) and the requested side is that language or one of its cultures (<c>es-ES</c>, <c>es-MX</c>).
    /// </summary>
    public bool Covers(LanguagePair requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        return CultureCovers(SourceCulture, requested.SourceCulture) && CultureCovers(TargetCulture, requested.TargetCulture);
    }

    /// <summary>How specific the pair is: 0 for two bare languages, 1 or 2 with regional cultures (more specific entries win).</summary>
    public int Specificity => (CultureNames.IsBareLanguage(SourceCulture) ? 0 : 1) + (CultureNames.IsBareLanguage(TargetCulture) ? 0 : 1);

    /// <summary>
    /// True when <paramref name="general"/> covers <paramref name="specific"/>: the same culture (ignoring case), or a bare
    /// language (<c>es</c>) of which <paramref name="specific"/> is a regional form (<c>es-ES</c>).
    /// </summary>
    public static bool CultureCovers(string general, string specific)
    {
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(specific);
        return string.Equals(general, specific, StringComparison.OrdinalIgnoreCase)
            || (CultureNames.IsBareLanguage(general) && string.Equals(general, CultureNames.LanguageOf(specific), StringComparison.OrdinalIgnoreCase));
    }
}
