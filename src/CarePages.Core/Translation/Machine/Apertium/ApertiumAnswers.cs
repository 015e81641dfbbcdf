using System.Globalization;
using System.Text.Json;
using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine.Apertium;

/// <summary>Reads apertium-apy's JSON answers; null wherever an answer is not shaped as APY documents it.</summary>
internal static class ApertiumAnswers
{
    /// <summary>
    /// The pairs of a <c>/listPairs</c> answer, its codes written as cultures: <c>eng_US</c> → <c>en-US</c>, a
    /// three-letter language code as its two-letter one where there is one.
    /// </summary>
    public static IReadOnlyList<LanguagePair>? Pairs(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("responseData", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return data.EnumerateArray()
                .Select(p => (Source: p.GetProperty("sourceLanguage").GetString(), Target: p.GetProperty("targetLanguage").GetString()))
                .Where(p => !string.IsNullOrEmpty(p.Source) && !string.IsNullOrEmpty(p.Target))
                .Select(p => new LanguagePair(Culture(p.Source!), Culture(p.Target!)))
                .Distinct()
                .ToArray();
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The <c>translatedText</c> of a <c>/translate</c> answer.</summary>
    public static string? TranslatedText(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("responseData", out var data)
                && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("translatedText", out var text)
                && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when an error answer says the pair is not installed.</summary>
    public static bool IsPairMissing(string? body) =>
        body is not null && body.Contains("pair is not installed", StringComparison.OrdinalIgnoreCase);

    private static string Culture(string code)
    {
        var parts = code.Split('_', 2);
        var language = parts[0].Length == 3 && TwoLetterCodes.Value.TryGetValue(parts[0], out var twoLetter) ? twoLetter : parts[0];
        return parts.Length == 2 ? $"{language}-{parts[1]}" : language;
    }

    private static readonly Lazy<Dictionary<string, string>> TwoLetterCodes = new(() => CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.TwoLetterISOLanguageName.Length == 2 && c.ThreeLetterISOLanguageName.Length == 3)
        .GroupBy(c => c.ThreeLetterISOLanguageName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().TwoLetterISOLanguageName, StringComparer.OrdinalIgnoreCase));
}
