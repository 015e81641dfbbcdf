using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Rendering.Labels;

/// <summary>The fixed interface texts for one page's language, falling back to English key by key.</summary>
public sealed class UiLabels
{
    private readonly TextCatalogue _catalogue;

    internal UiLabels(string language, TextCatalogue catalogue)
    {
        Language = language;
        _catalogue = catalogue;
    }

    /// <summary>The catalogue language the texts come from, e.g. <c>es</c>; <c>en</c> when the culture has none.</summary>
    public string Language { get; }

    /// <summary>The text for <paramref name="key"/>; the English text when this language lacks it; the key itself as a last resort.</summary>
    public string this[string key] => Find(key) ?? key;

    /// <summary>The text for <paramref name="key"/>, in this language or English, or null when neither has it.</summary>
    public string? Find(string key) => _catalogue.FindOrEnglish(key, Language);

    /// <summary>The text for <paramref name="key"/> in this language only (no English fallback), or null.</summary>
    public string? Own(string key) => _catalogue.Find(key, Language);
}
