using System.Text.Json.Nodes;
using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>Reads DeepL's JSON answers; null wherever an answer is not shaped as DeepL documents it.</summary>
internal static class DeepLAnswers
{
    /// <summary>
    /// The languages of a <c>/v2/languages</c> answer (an array of <c>{"language": "EN-GB", "name": …,
    /// "supports_formality": false}</c>), upper-case, each with whether it supports formality.
    /// </summary>
    public static IReadOnlyList<(string Code, bool SupportsFormality)>? Languages(string body)
    {
        if (EngineJson.Parse(body) is not JsonArray languages)
        {
            return null;
        }

        var read = new List<(string, bool)>();
        foreach (var language in languages)
        {
            if (EngineJson.StringOf(EngineJson.Property(language, "language")) is not { Length: > 0 } code)
            {
                return null;
            }

            var formality = EngineJson.Property(language, "supports_formality") is JsonValue value && value.TryGetValue<bool>(out var supports) && supports;
            read.Add((code.ToUpperInvariant(), formality));
        }

        return read;
    }

    /// <summary>The <c>text</c> of each of a <c>/v2/translate</c> answer's <c>translations</c>, in order.</summary>
    public static IReadOnlyList<string>? Translations(string body)
    {
        if (EngineJson.Property(EngineJson.Parse(body), "translations") is not JsonArray translations)
        {
            return null;
        }

        var texts = translations.Select(t => EngineJson.StringOf(EngineJson.Property(t, "text"))).ToArray();
        return texts.Any(t => t is null) ? null : Array.ConvertAll(texts, t => t!);
    }

    /// <summary>The <c>glossary_id</c> of a created glossary.</summary>
    public static string? GlossaryId(string body) =>
        EngineJson.StringOf(EngineJson.Property(EngineJson.Parse(body), "glossary_id")) is { Length: > 0 } id ? id : null;
}
