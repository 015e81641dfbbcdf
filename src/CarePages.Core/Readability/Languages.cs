namespace CarePages.Core.Readability;

/// <summary>Language codes as this namespace uses them.</summary>
internal static class Languages
{
    /// <summary>The lower-case language part of a culture or language code: <c>es-ES</c> → <c>es</c>.</summary>
    public static string Of(string cultureOrLanguage)
    {
        ArgumentNullException.ThrowIfNull(cultureOrLanguage);
        var dash = cultureOrLanguage.IndexOfAny(['-', '_']);
        return (dash < 0 ? cultureOrLanguage : cultureOrLanguage[..dash]).Trim().ToLowerInvariant();
    }
}
