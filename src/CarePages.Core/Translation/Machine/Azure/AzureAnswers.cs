using System.Text.Json.Nodes;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.Azure;

/// <summary>Reads Translator v3's JSON answers; null wherever an answer is not shaped as Microsoft documents it.</summary>
internal static class AzureAnswers
{
    // Translator's six-digit error codes (the HTTP status and three digits), from its status and error-code reference.
    private const int FreeQuotaUsedUp = 403001;
    private static readonly HashSet<int> TooLong = [400050, 400077];
    private static readonly HashSet<int> LanguageNotSupported = [400019, 400023, 400035, 400036];

    /// <summary>
    /// Every ordered pair of two different languages of a <c>/languages?scope=translation</c> answer
    /// (<c>{"translation": {"en": {…}, "pt-pt": {…}}}</c>): Translator translates between any two of them.
    /// </summary>
    public static IReadOnlyList<LanguagePair>? Pairs(string body)
    {
        if (EngineJson.Property(EngineJson.Parse(body), "translation") is not JsonObject translation)
        {
            return null;
        }

        var codes = translation.Select(l => l.Key).Where(c => c.Length > 0).ToArray();
        return codes.SelectMany(from => codes.Where(to => !string.Equals(from, to, StringComparison.OrdinalIgnoreCase)).Select(to => new LanguagePair(from, to))).ToArray();
    }

    /// <summary>The first translation's <c>text</c> of each element of a <c>/translate</c> answer, in order.</summary>
    public static IReadOnlyList<string>? Translations(string body)
    {
        if (EngineJson.Parse(body) is not JsonArray results)
        {
            return null;
        }

        var texts = results
            .Select(r => EngineJson.Property(r, "translations") is JsonArray { Count: > 0 } translations ? EngineJson.StringOf(EngineJson.Property(translations[0], "text")) : null)
            .ToArray();
        return texts.Any(t => t is null) ? null : Array.ConvertAll(texts, t => t!);
    }

    /// <summary>
    /// What an error answer means, refining <paramref name="status"/> (<see cref="EngineHttpCall.StatusOf"/>) by the
    /// answer's <c>error.code</c>: 403001 is the free quota used up, 400050 and 400077 a text or request over the limits,
    /// 400019, 400023, 400035 and 400036 a language or pair Translator does not offer.
    /// </summary>
    public static MachineTranslationStatus StatusOf(MachineTranslationStatus status, string? body)
    {
        var code = body is null ? null : EngineJson.Property(EngineJson.Property(EngineJson.Parse(body), "error"), "code") is JsonValue value && value.TryGetValue<int>(out var read) ? read : (int?)null;
        return code switch
        {
            FreeQuotaUsedUp => MachineTranslationStatus.QuotaExceeded,
            { } c when TooLong.Contains(c) => MachineTranslationStatus.SegmentTooLong,
            { } c when LanguageNotSupported.Contains(c) => MachineTranslationStatus.LanguagePairNotSupported,
            _ => status,
        };
    }
}
