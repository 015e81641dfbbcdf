using CarePages.Core.Checks.Messages;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// The publish gate's own lines in the editor's UI language (en, es, fr, de, ar; English when the language or a text is
/// missing), from the embedded <c>Publishing/Texts/publish-gate.&lt;language&gt;.json</c>; status names are the translation
/// workflow's own (<see cref="ExchangeMessages.StatusName"/>).
/// </summary>
internal static class PublishGateText
{
    public const string Category = "category";
    public const string Blocked = "blocked";
    public const string Warnings = "warnings";
    public const string Finding = "finding";
    public const string More = "more";
    public const string WholePage = "wholePage";
    public const string Unreadable = "unreadable";
    public const string TranslationCategory = "translationCategory";
    public const string TranslationBlocked = "translationBlocked";
    public const string TranslationField = "translationField";

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(PublishGateText).Assembly, "CarePages.Umbraco.Publishing.Texts.");

    /// <summary>The text <paramref name="key"/> in <paramref name="uiCulture"/>'s language with <c>{name}</c> placeholders filled.</summary>
    public static string Get(string key, string uiCulture, params (string Name, string Value)[] arguments) =>
        Catalogue.Get(key, uiCulture, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    /// <summary>The name of <paramref name="status"/> as the gate's lines write it ("outdated: the source changed after translation").</summary>
    public static string StatusName(TranslationStatus status, string uiCulture) => ExchangeMessages.StatusName(status, uiCulture);

    /// <summary>The catalogue, for its completeness test.</summary>
    internal static TextCatalogue Texts => Catalogue;
}
