using CarePages.Core.Text;
using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>
/// The languages DeepL translates from and into now (<c>GET /v2/languages?type=source</c> and <c>?type=target</c>), as
/// DeepL writes them (<c>EN</c>; <c>EN-GB</c>, <c>PT-BR</c>, <c>ZH-HANS</c>), and which targets support formality.
/// </summary>
/// <param name="Sources">The source language codes.</param>
/// <param name="Targets">The target language codes, each with whether it supports <c>formality</c>.</param>
internal sealed record DeepLLanguages(IReadOnlyList<string> Sources, IReadOnlyDictionary<string, bool> Targets)
{
    /// <summary>
    /// Every source with every target of another language, written as cultures (<c>en → en-GB</c> is left out,
    /// <c>de → en-GB</c> is in): DeepL translates any of its sources into any of its targets.
    /// </summary>
    public IReadOnlyList<LanguagePair> Pairs =>
        Sources.SelectMany(source => Targets.Keys
                .Where(target => !string.Equals(source, CultureNames.LanguageOf(target), StringComparison.OrdinalIgnoreCase))
                .Select(target => new LanguagePair(Culture(source), Culture(target))))
            .ToArray();

    /// <summary>True when <paramref name="target"/> (a DeepL code) supports the <c>formality</c> parameter.</summary>
    public bool SupportsFormality(string target) => Targets.TryGetValue(target, out var supports) && supports;

    /// <summary>A DeepL code as a culture name: <c>EN-GB</c> → <c>en-GB</c>, <c>ZH-HANS</c> → <c>zh-Hans</c>, <c>ES-419</c> → <c>es-419</c>.</summary>
    public static string Culture(string code)
    {
        var parts = code.Split('-');
        return string.Join('-', parts.Select((part, i) => i == 0
            ? part.ToLowerInvariant()
            : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant() : part.ToUpperInvariant()));
    }
}
