using CarePages.Core.Checks.Messages;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The texts of the translation exchange (import reports, export and review refusals, the Markdown converter's notes)
/// in en, es, fr, de and ar, read from <c>Translation/Messages/&lt;group&gt;.&lt;language&gt;.json</c>. Reports carry the English
/// text (logs, the CLI) with the key, and are written in the reader's language where they are shown
/// (<see cref="ExchangeNote.In"/>). The keys are named in <see cref="ImportMessages"/> and its siblings.
/// </summary>
public static class ExchangeMessages
{
    /// <summary>The language every message has.</summary>
    public const string FallbackLanguage = CheckMessageCatalogue.FallbackLanguage;

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(ExchangeMessages).Assembly, "CarePages.Translation.Messages.");

    /// <summary>The languages that have texts.</summary>
    public static IReadOnlyCollection<string> Languages => Catalogue.Languages;

    /// <summary>The keys of <paramref name="language"/>'s texts (counted texts with their plural suffix).</summary>
    public static IReadOnlyCollection<string> KeysOf(string language) => Catalogue.KeysOf(language);

    /// <summary>What <paramref name="language"/>'s texts lack against English (see <see cref="TextCatalogue.GapsOf"/>).</summary>
    public static IReadOnlyList<string> GapsOf(string language) => Catalogue.GapsOf(language);

    /// <summary>True when <paramref name="uiCulture"/>'s language has texts.</summary>
    public static bool Supports(string? uiCulture) =>
        !string.IsNullOrWhiteSpace(uiCulture) && Catalogue.Languages.Contains(CarePages.Core.Text.CultureNames.LanguageOf(uiCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>The name people read for <paramref name="status"/> ("in review", "outdated: the source changed after translation").</summary>
    public static string StatusName(TranslationStatus status, string uiCulture) => Get("status." + status, uiCulture);

    /// <summary>Why a workflow step was refused, as a clause ("you translated it, so another reviewer must approve it").</summary>
    public static string OperationName(TranslationOperationStatus status, string uiCulture) => Get("operation." + status, uiCulture);

    /// <summary>The English text of <paramref name="key"/>.</summary>
    public static string English(string key) => Get(key, FallbackLanguage);

    /// <summary>The text of <paramref name="key"/> in <paramref name="uiCulture"/>'s language, else English, with <paramref name="arguments"/> filled in.</summary>
    public static string Get(string key, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Catalogue.Get(key, Supports(uiCulture) ? uiCulture : FallbackLanguage, arguments);
    }

    /// <summary>The form of the counted text <paramref name="key"/> that <paramref name="count"/> takes in <paramref name="uiCulture"/>'s language.</summary>
    public static string Count(string key, long count, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Catalogue.Count(key, count, Supports(uiCulture) ? uiCulture : FallbackLanguage, arguments);
    }
}
